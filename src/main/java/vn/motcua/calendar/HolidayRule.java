package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One statutory holiday as configured: its day in the solar or the lunar calendar, how many days it
 * lasts and from which day (offset, so that Tết may start on the last day of the lunar year), and
 * the dates between which the rule is in force. Law changes (the Culture Day from 2026-07-01) are new
 * rules with validity dates, so that past years keep their own holidays.
 *
 * @param id names the holiday: its name is the key {@code calendar.holiday.<id>}
 * @param calendar whether {@code month} and {@code day} are solar or lunar
 * @param offset days from the month and day to the first day off
 * @param days how many consecutive days are off
 * @param validFrom the first day the rule applies to, or null
 * @param validTo the last day the rule applies to, or null
 */
record HolidayRule(String id, HolidayCalendar calendar, int month, int day, @DefaultValue("0") int offset,
		@DefaultValue("1") int days, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

	enum HolidayCalendar {
		SOLAR, LUNAR
	}

	/** The days off this rule gives for the holiday falling in a (solar or lunar) year. */
	List<LocalDate> daysOff(int year) {
		LocalDate anchor = calendar == HolidayCalendar.SOLAR ? LocalDate.of(year, month, day)
				: LunarCalendar.toSolar(new LunarDate(year, month, day, false)).orElse(null);
		List<LocalDate> result = new ArrayList<>(days);
		if (anchor == null) {
			return result;
		}
		for (int i = 0; i < days; i++) {
			LocalDate date = anchor.plusDays(offset + i);
			if (inForce(date)) {
				result.add(date);
			}
		}
		return result;
	}

	private boolean inForce(LocalDate date) {
		return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
	}
}
