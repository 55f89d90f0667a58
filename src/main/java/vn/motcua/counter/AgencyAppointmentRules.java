package vn.motcua.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.Agency;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.TimeOrderedIds;
import vn.motcua.shared.VietnamTime;

/**
 * Each agency's appointment rules, set by its administrator and in force from a date (decision 0034, later
 * section); an agency follows the configured rule sets on the days it has set none for. Who may set an
 * agency's rules is the caller's to check: the administrator pages guard their path.
 */
@Service
public class AgencyAppointmentRules {

	static final int SHORTEST_SLOT_MINUTES = 5;
	/** A morning's or an afternoon's session: a slot longer than it is never offered. */
	static final int LONGEST_SLOT_MINUTES = 240;
	/** More than any counter's desks serve at once. */
	static final int MOST_PER_SLOT = 100;
	/** About three months of working days; the calendar looks no further (AppointmentCalendar). */
	static final int MOST_DAYS_AHEAD = 60;
	/** Two days: bookings closed for longer leave the desk's next days empty. */
	static final int LONGEST_CLOSING_MINUTES = 2 * 24 * 60;

	private final AgencyRuleSetStore store;
	private final AppointmentRules rules;
	private final AppointmentCalendar calendar;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AgencyAppointmentRules(AgencyRuleSetStore store, AppointmentRules rules, AppointmentCalendar calendar,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.rules = rules;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
	}

	/** A rule set to set: its first day, and its durations in whole minutes. */
	public record Entry(LocalDate inForceFrom, int slotMinutes, int capacityPerSlot, int daysAhead,
			int closesBeforeMinutes) {
	}

	/**
	 * Sets the agency's rule set from the entry's date, which is today or later: the days before keep the
	 * rules they had. A rule set set earlier from the same date gives way to this one; it is kept, as every
	 * rule set is.
	 *
	 * @throws InvalidFieldException naming the first field that breaks a rule
	 */
	@Transactional
	public AgencyRuleSet set(Agency agency, Entry entry, Actor actor) {
		problems(entry).stream().findFirst().ifPresent(problem -> {
			throw problem;
		});
		AgencyRuleSet set = new AgencyRuleSet(TimeOrderedIds.next(), agency.id(),
				new AppointmentRules.RuleSet(entry.inForceFrom(), Duration.ofMinutes(entry.slotMinutes()),
						entry.capacityPerSlot(), entry.daysAhead(), Duration.ofMinutes(entry.closesBeforeMinutes())),
				actor.name(), clock.instant());
		store.insert(set);
		events.publishEvent(new AppointmentRulesSet(actor, set.setAt(), agency.code(), set.id(), set.rules()));
		return set;
	}

	/**
	 * Every rule set the agency has set, the latest first; the one a day follows is the first from that day or
	 * before.
	 */
	public List<AgencyRuleSet> history(Agency agency) {
		return store.history(agency.id());
	}

	/** The rule set the agency's counter follows today, its own or the configured. */
	public AppointmentRules.RuleSet inForceToday(Agency agency) {
		return rules.inForceOn(agency.id(), today());
	}

	/** The configured rule set in force today, which the agency follows until it sets its own. */
	public AppointmentRules.RuleSet configuredToday() {
		return rules.configuredOn(today());
	}

	/**
	 * The days now open for booking at the agency's counter: a rule set from a later day leaves their slots as they
	 * are.
	 */
	public List<LocalDate> daysOffered(Agency agency) {
		return calendar.bookableDays(agency.id(), clock.instant());
	}

	public LocalDate today() {
		return LocalDate.now(clock.withZone(VietnamTime.ZONE));
	}

	/**
	 * Every rule the entry breaks, each naming its field, so that a form shows them all at once; none if it may be
	 * set.
	 */
	public List<InvalidFieldException> problems(Entry entry) {
		List<InvalidFieldException> problems = new ArrayList<>();
		if (entry.inForceFrom().isBefore(today())) {
			problems.add(new InvalidFieldException("inForceFrom", "counter.rules.in-force-from.past"));
		}
		within("slotMinutes", entry.slotMinutes(), SHORTEST_SLOT_MINUTES, LONGEST_SLOT_MINUTES, problems);
		within("capacityPerSlot", entry.capacityPerSlot(), 1, MOST_PER_SLOT, problems);
		within("daysAhead", entry.daysAhead(), 1, MOST_DAYS_AHEAD, problems);
		within("closesBeforeMinutes", entry.closesBeforeMinutes(), 0, LONGEST_CLOSING_MINUTES, problems);
		return problems;
	}

	private static void within(String field, int value, int least, int most, List<InvalidFieldException> problems) {
		if (value < least || value > most) {
			problems.add(new InvalidFieldException(field, "counter.rules." + field + ".range", least, most));
		}
	}
}
