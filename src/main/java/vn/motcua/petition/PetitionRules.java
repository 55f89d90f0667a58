package vn.motcua.petition;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.ProcessingTimeUnit;

/**
 * The legal times of petitions, each rule set in force from its date (application.properties,
 * {@code motcua.petition.rule-sets[i]}). A petition records the rule set in force when it was
 * received, so a later change of the law never changes how it is judged.
 */
@Component
@EnableConfigurationProperties(PetitionRules.Settings.class)
public class PetitionRules {

	/**
	 * Settings ({@code motcua.petition.*}).
	 *
	 * @param reception the home agency's reception schedule until its administrator sets one (decision 0052)
	 */
	@ConfigurationProperties("motcua.petition")
	record Settings(List<RuleSet> ruleSets, ConfiguredReception reception) {
	}

	/**
	 * The home agency's configured reception schedule, with one weekly session, as installations have
	 * configured it since before the schedules were set on a page.
	 *
	 * @param weeklyDay the weekday of the regular session; a day off has no session
	 */
	record ConfiguredReception(int directorWeekOfMonth, DayOfWeek directorDay, DayOfWeek weeklyDay,
			LocalTime weeklyFrom, LocalTime weeklyTo, String place) {

		Reception reception() {
			return new Reception(directorWeekOfMonth, directorDay,
					List.of(new WeeklySession(weeklyDay, weeklyFrom, weeklyTo)), place);
		}
	}

	/**
	 * The reception schedule (Luật Tiếp công dân Art. 18: the head of the agency at least one day a
	 * month; regular sessions by the inspectorate).
	 *
	 * @param directorWeekOfMonth which week of the month holds the director's day (1 = the first)
	 * @param directorDay the weekday of the director's day
	 * @param weekly the regular sessions, each on its weekday; a day off has none
	 */
	public record Reception(int directorWeekOfMonth, DayOfWeek directorDay, List<WeeklySession> weekly,
			String place) {

		public Reception {
			weekly = List.copyOf(weekly);
		}
	}

	/**
	 * One rule set.
	 *
	 * @param receptionAnswer the time to answer a citizen received in person (Luật Tiếp công dân Art. 28)
	 */
	public record RuleSet(String id, LocalDate inForceFrom, Map<PetitionKind, KindTimes> kinds,
			ProcessingTime receptionAnswer) {

		public KindTimes of(PetitionKind kind) {
			KindTimes times = kinds.get(kind);
			if (times == null) {
				throw new IllegalStateException("Rule set " + id + " has no times for " + kind);
			}
			return times;
		}
	}

	/**
	 * The times of one kind of petition.
	 *
	 * @param acceptance to accept or refuse it from receipt
	 * @param forwarding to forward it to the competent body from receipt
	 * @param resolution to answer it from acceptance
	 * @param extension how long one extension adds to the resolution deadline
	 * @param complexExtensions extensions allowed to a complex case
	 * @param especiallyComplexExtensions extensions allowed to an especially complex case
	 */
	public record KindTimes(ProcessingTime acceptance, ProcessingTime forwarding, ProcessingTime resolution,
			ProcessingTime extension, int complexExtensions, int especiallyComplexExtensions) {

		public int extensionsAllowed(Complexity complexity) {
			return switch (complexity) {
				case ORDINARY -> 0;
				case COMPLEX -> complexExtensions;
				case ESPECIALLY_COMPLEX -> especiallyComplexExtensions;
			};
		}
	}

	private final List<RuleSet> ruleSets;
	private final Reception reception;

	PetitionRules(Settings settings) {
		this.ruleSets = settings.ruleSets().stream().sorted(Comparator.comparing(RuleSet::inForceFrom)).toList();
		this.reception = settings.reception().reception();
	}

	public RuleSet byId(String id) {
		return ruleSets.stream().filter(ruleSet -> ruleSet.id().equals(id)).findFirst()
			.orElseThrow(() -> new IllegalStateException("Unknown petition rule set " + id));
	}

	/** The rule set in force on that day. */
	public RuleSet inForceOn(LocalDate day) {
		return ruleSets.stream()
			.filter(ruleSet -> !ruleSet.inForceFrom().isAfter(day))
			.reduce((earlier, later) -> later)
			.orElseThrow(() -> new IllegalStateException("No petition rule set in force on " + day));
	}

	/**
	 * The home agency's reception schedule ({@code motcua.petition.reception}) before its administrator
	 * sets one of its own (decision 0052); another agency has none until its administrator sets it.
	 */
	public Reception homeReception() {
		return reception;
	}

	/** Reads "10 working-days", "30 calendar-days" or "4 working-hours" from the configuration. */
	@Component
	@ConfigurationPropertiesBinding
	static class ProcessingTimeConverter implements Converter<String, ProcessingTime> {

		@Override
		public ProcessingTime convert(String text) {
			String[] parts = text.trim().split("\\s+");
			if (parts.length != 2) {
				throw new IllegalArgumentException("Expected '<amount> <unit>' such as '10 working-days': " + text);
			}
			return new ProcessingTime(new java.math.BigDecimal(parts[0]),
					ProcessingTimeUnit.valueOf(parts[1].toUpperCase(Locale.ROOT).replace('-', '_')));
		}
	}
}
