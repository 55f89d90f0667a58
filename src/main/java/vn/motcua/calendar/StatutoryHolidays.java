package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The holidays of the Labour Code (Art. 112) from the configured rules, and their compensatory days
 * (Art. 111.3): each holiday on a Saturday or Sunday gives the first following weekday that is not
 * already a holiday or a compensatory day.
 */
@Component
class StatutoryHolidays {

	private final List<HolidayRule> rules;

	StatutoryHolidays(CalendarProperties properties) {
		this.rules = List.copyOf(properties.holidays());
	}

	/** The statutory and compensatory days off of a solar year, sorted by date. */
	List<Holiday> of(int year) {
		// the previous year's late holidays may give compensatory days in January
		List<Holiday> statutory = new ArrayList<>(statutory(year - 1));
		statutory.addAll(statutory(year));
		List<Holiday> result = new ArrayList<>(statutory);
		result.addAll(compensatory(statutory));
		return result.stream()
			.filter(holiday -> holiday.date().getYear() == year)
			.sorted(Comparator.comparing(Holiday::date))
			.toList();
	}

	private List<Holiday> statutory(int year) {
		List<Holiday> result = new ArrayList<>();
		for (HolidayRule rule : rules) {
			var name = new DefaultMessageSourceResolvable("calendar.holiday." + rule.id());
			for (LocalDate date : rule.daysOff(year)) {
				result.add(new Holiday(date, name, HolidayKind.STATUTORY));
			}
		}
		result.sort(Comparator.comparing(Holiday::date));
		return result;
	}

	private static List<Holiday> compensatory(List<Holiday> statutory) {
		Set<LocalDate> taken = new HashSet<>();
		statutory.forEach(holiday -> taken.add(holiday.date()));
		List<Holiday> result = new ArrayList<>();
		for (Holiday holiday : statutory) {
			if (isWeekend(holiday.date())) {
				LocalDate day = holiday.date().plusDays(1);
				while (isWeekend(day) || taken.contains(day)) {
					day = day.plusDays(1);
				}
				taken.add(day);
				result.add(new Holiday(day, compensatoryName(holiday.name()), HolidayKind.COMPENSATORY));
			}
		}
		return result;
	}

	private static MessageSourceResolvable compensatoryName(MessageSourceResolvable holiday) {
		return new DefaultMessageSourceResolvable(new String[] { "calendar.holiday.compensatory" },
				new Object[] { holiday });
	}

	static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
