package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of one agency's calendar, precomputed so that deadline arithmetic counts working days by
 * array lookups: the working days before each day, and the day of each working day.
 */
final class WorkingYear {

	private final int year;
	private final CalendarDay[] days;
	private final List<Holiday> holidays;
	private final boolean[] working;
	private final int[] workingBefore;
	private final int[] workingDayIndex;

	WorkingYear(int year, CalendarDay[] days, List<Holiday> holidays) {
		this.year = year;
		this.days = days.clone();
		this.holidays = List.copyOf(holidays);
		this.working = new boolean[days.length];
		this.workingBefore = new int[days.length + 1];
		int count = 0;
		for (int i = 0; i < days.length; i++) {
			working[i] = days[i].workingDay();
			workingBefore[i] = count;
			count += working[i] ? 1 : 0;
		}
		workingBefore[days.length] = count;
		this.workingDayIndex = new int[count];
		for (int i = 0, k = 0; i < days.length; i++) {
			if (working[i]) {
				workingDayIndex[k++] = i;
			}
		}
	}

	int year() {
		return year;
	}

	/** Whether the day (0 for 1 January) is a working day. */
	boolean isWorking(int dayIndex) {
		return working[dayIndex];
	}

	/** How many working days come before the day (0 for 1 January; the year's length for all of them). */
	int workingBefore(int dayIndex) {
		return workingBefore[dayIndex];
	}

	int workingDays() {
		return workingDayIndex.length;
	}

	/** The date of the k-th working day of the year, k from 0. */
	LocalDate workingDay(int k) {
		return LocalDate.ofYearDay(year, workingDayIndex[k] + 1);
	}

	CalendarDay day(int dayIndex) {
		return days[dayIndex];
	}

	List<Holiday> holidays() {
		return holidays;
	}
}
