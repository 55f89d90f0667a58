package vn.motcua.consultation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidRequestException;

/**
 * The minimum comment periods, each rule set in force from its date (application.properties,
 * {@code motcua.consultation.periods.rule-sets[i]}). A consultation is opened under the rule set in
 * force on its opening date and records it, so that a later change of the law never changes it.
 */
@Component
@EnableConfigurationProperties(ConsultationPeriods.Settings.class)
public class ConsultationPeriods {

	/** Settings ({@code motcua.consultation.periods.*}). */
	@ConfigurationProperties("motcua.consultation.periods")
	record Settings(List<RuleSet> ruleSets) {
	}

	/**
	 * One rule set.
	 *
	 * @param defaultMinimumDays the minimum in calendar days for a type {@code minimumDays} does not name
	 */
	public record RuleSet(LocalDate inForceFrom, int defaultMinimumDays,
			@Nullable Map<DraftDocumentType, Integer> minimumDays) {

		public RuleSet {
			// a rule set with one minimum for every type names none
			minimumDays = minimumDays == null ? Map.of() : Map.copyOf(minimumDays);
		}

		public int minimumDays(DraftDocumentType type) {
			return Objects.requireNonNull(minimumDays).getOrDefault(type, defaultMinimumDays);
		}
	}

	private final List<RuleSet> ruleSets;

	ConsultationPeriods(Settings settings) {
		this.ruleSets = settings.ruleSets().stream().sorted(Comparator.comparing(RuleSet::inForceFrom)).toList();
	}

	/** The rule set in force on that day. */
	public RuleSet inForceOn(LocalDate day) {
		return ruleSets.stream()
			.filter(ruleSet -> !ruleSet.inForceFrom().isAfter(day))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new IllegalStateException("No consultation period rule set in force on " + day));
	}

	/**
	 * The rule set a period of that type must meet: the one in force on its opening date.
	 *
	 * @throws InvalidRequestException when the period is shorter than its minimum
	 */
	public RuleSet check(DraftDocumentType type, ConsultationPeriod period) {
		RuleSet rules = inForceOn(period.opensOn());
		if (period.days() < rules.minimumDays(type)) {
			throw new InvalidRequestException("consultation.period.too-short", rules.minimumDays(type), period.days());
		}
		return rules;
	}
}
