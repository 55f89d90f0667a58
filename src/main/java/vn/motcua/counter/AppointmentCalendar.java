package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingHours;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.VietnamTime;

/**
 * The days and slots an agency offers: its working days (no weekend, holiday or day off of the
 * working calendar) from today on, as many as its rule set in force today allows, each working session
 * cut into slots of its rule set in force that day; a slot closes for booking the rule's time before it
 * starts.
 */
@Component
class AppointmentCalendar {

	/** Beyond this many calendar days nothing is looked for, however long a run of days off. */
	private static final int SEARCH_LIMIT_DAYS = 120;

	private final WorkingCalendar calendar;
	private final AppointmentRules rules;
	private final AppointmentStore store;

	AppointmentCalendar(WorkingCalendar calendar, AppointmentRules rules, AppointmentStore store) {
		this.calendar = calendar;
		this.rules = rules;
		this.store = store;
	}

	/** The next working days, today first if it is one, as many as the rules in force today allow. */
	List<LocalDate> bookableDays(UUID agencyId, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		int wanted = rules.inForceOn(agencyId, today).daysAhead();
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = today; days.size() < wanted && day.isBefore(today.plusDays(SEARCH_LIMIT_DAYS)); day = day
			.plusDays(1)) {
			if (calendar.isWorkingDay(day, agencyId)) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * The day's slots with their places taken.
	 *
	 * @throws InvalidFieldException (field {@code day}) when the day is past, not a working day or too far ahead
	 */
	List<Slot> slots(UUID agencyId, LocalDate day, Instant now) {
		requireBookable(agencyId, day, now);
		AppointmentRules.RuleSet rule = rules.inForceOn(agencyId, day);
		LocalDateTime closesFrom = LocalDateTime.ofInstant(now.plus(rule.bookingClosesBefore()), VietnamTime.ZONE);
		Map<LocalDateTime, Integer> booked = store.placesTaken(agencyId, day);
		WorkingHours hours = calendar.workingHours(agencyId);
		List<Slot> slots = new ArrayList<>();
		cut(day, hours.morningStart(), hours.morningEnd(), rule, closesFrom, booked, slots);
		cut(day, hours.afternoonStart(), hours.afternoonEnd(), rule, closesFrom, booked, slots);
		return slots;
	}

	private void requireBookable(UUID agencyId, LocalDate day, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		String printed = VietnamTime.PRINTED_DATE.format(day);
		if (day.isBefore(today)) {
			throw new InvalidFieldException("day", "counter.appointment.day.past", printed);
		}
		if (!calendar.isWorkingDay(day, agencyId)) {
			throw new InvalidFieldException("day", "counter.appointment.day.not-working", printed);
		}
		if (!bookableDays(agencyId, now).contains(day)) {
			throw new InvalidFieldException("day", "counter.appointment.day.too-far", printed,
					rules.inForceOn(agencyId, today).daysAhead());
		}
	}

	private static void cut(LocalDate day, LocalTime sessionStart, LocalTime sessionEnd, AppointmentRules.RuleSet rule,
			LocalDateTime closesFrom, Map<LocalDateTime, Integer> booked, List<Slot> slots) {
		LocalDateTime end = day.atTime(sessionEnd);
		for (LocalDateTime start = day.atTime(sessionStart); !start.plus(rule.slotLength()).isAfter(end); start = start
			.plus(rule.slotLength())) {
			slots.add(new Slot(start, start.plus(rule.slotLength()), rule.capacityPerSlot(),
					booked.getOrDefault(start, 0), !start.isBefore(closesFrom)));
		}
	}
}
