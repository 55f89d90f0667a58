package vn.motcua.disclosure;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidFieldException;

/**
 * What may be published to whom and for how long, each rule set in force from its date
 * (application.properties, {@code motcua.disclosure.rule-sets[i]}; decision 0025, not verified
 * against the law's text). A publication is published under the rule set in force on the first day
 * of its posting period and records it, so that a later change of the rules never changes it.
 */
@Component
@EnableConfigurationProperties(DisclosureRules.Settings.class)
public class DisclosureRules {

	/** Settings ({@code motcua.disclosure.*}). */
	@ConfigurationProperties("motcua.disclosure")
	record Settings(List<RuleSet> ruleSets) {
	}

	/** One rule set: the categories it knows, in the order the form offers them. */
	public record RuleSet(LocalDate inForceFrom, List<Category> categories) {

		public RuleSet {
			categories = List.copyOf(categories);
		}

		public Optional<Category> category(String code) {
			return categories.stream().filter(category -> category.code().equals(code)).findFirst();
		}
	}

	/**
	 * A category of content (the agency's plans, its budget, recruitment...).
	 *
	 * @param code its name in code and in the message bundles ({@code disclosure.category.<code>})
	 * @param audiences to whom it may be published
	 * @param minimumDays the shortest posting period, in calendar days both ends included
	 */
	public record Category(String code, Set<DisclosureAudience> audiences, int minimumDays) {

		public Category {
			audiences = Set.copyOf(audiences);
		}
	}

	private final List<RuleSet> ruleSets;

	DisclosureRules(Settings settings) {
		this.ruleSets = settings.ruleSets().stream().sorted(Comparator.comparing(RuleSet::inForceFrom)).toList();
	}

	/** The rule set in force on that day. */
	public RuleSet inForceOn(LocalDate day) {
		return ruleSets.stream()
			.filter(ruleSet -> !ruleSet.inForceFrom().isAfter(day))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new IllegalStateException("No disclosure rule set in force on " + day));
	}

	/** Every category code any rule set knows, so that a publication's label is never missing. */
	public Set<String> categoryCodes() {
		return ruleSets.stream().flatMap(ruleSet -> ruleSet.categories().stream()).map(Category::code)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The category, in the rule set in force on the posting period's first day, that allows this
	 * audience and this period.
	 *
	 * @throws InvalidFieldException naming the category, the audience or the last day of the period
	 */
	public Applied check(String categoryCode, DisclosureAudience audience, PostingPeriod period) {
		RuleSet rules = inForceOn(period.postedFrom());
		Category category = rules.category(categoryCode)
			.orElseThrow(() -> new InvalidFieldException("category", "disclosure.category.unknown"));
		if (!category.audiences().contains(audience)) {
			throw new InvalidFieldException("audience", "disclosure.audience.not-allowed");
		}
		if (period.days() < category.minimumDays()) {
			throw new InvalidFieldException("postedUntil", "disclosure.period.too-short", category.minimumDays(),
					period.days());
		}
		return new Applied(rules.inForceFrom(), category.minimumDays());
	}

	/** The rule set a publication met: its first day in force and the category's minimum there. */
	public record Applied(LocalDate inForceFrom, int minimumDays) {
	}
}
