package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Working-time arithmetic for one agency (or the nationwide calendar): its working days and its
 * working hours. Times are counted in seconds of the day; a day's working time is the morning
 * session then the afternoon session.
 */
final class WorkingTime {

	private final WorkingYears years;
	private final @Nullable UUID agencyId;
	private final WorkingHours hours;
	private final int morningStart;
	private final int morningEnd;
	private final int afternoonStart;
	private final int afternoonEnd;
	private final int daily;

	WorkingTime(WorkingYears years, @Nullable UUID agencyId, WorkingHours hours) {
		this.years = years;
		this.agencyId = agencyId;
		this.hours = hours;
		this.morningStart = hours.morningStart().toSecondOfDay();
		this.morningEnd = hours.morningEnd().toSecondOfDay();
		this.afternoonStart = hours.afternoonStart().toSecondOfDay();
		this.afternoonEnd = hours.afternoonEnd().toSecondOfDay();
		this.daily = morningEnd - morningStart + afternoonEnd - afternoonStart;
	}

	WorkingHours hours() {
		return hours;
	}

	WorkingYear year(int year) {
		return years.year(agencyId, year);
	}

	boolean isWorkingDay(LocalDate date) {
		return year(date.getYear()).isWorking(date.getDayOfYear() - 1);
	}

	/** The n-th working day after a date; the date itself for 0. */
	LocalDate plusWorkingDays(LocalDate date, long n) {
		if (n == 0) {
			return date;
		}
		WorkingYear year = year(date.getYear());
		long target = year.workingBefore(date.getDayOfYear()) + n;
		while (target > year.workingDays()) {
			target -= year.workingDays();
			year = year(year.year() + 1);
		}
		return year.workingDay((int) target - 1);
	}

	/** The first working day on or after a date. */
	LocalDate workingDayFrom(LocalDate date) {
		return isWorkingDay(date) ? date : plusWorkingDays(date, 1);
	}

	/** How many working days lie from {@code from} (included) to {@code to} (excluded), from not after to. */
	long workingDaysBetween(LocalDate from, LocalDate to) {
		WorkingYear first = year(from.getYear());
		if (from.getYear() == to.getYear()) {
			return first.workingBefore(to.getDayOfYear() - 1) - first.workingBefore(from.getDayOfYear() - 1);
		}
		long count = first.workingDays() - first.workingBefore(from.getDayOfYear() - 1);
		for (int y = from.getYear() + 1; y < to.getYear(); y++) {
			count += year(y).workingDays();
		}
		return count + year(to.getYear()).workingBefore(to.getDayOfYear() - 1);
	}

	/** The start moved into working time: the next opening when it falls outside. */
	LocalDateTime clockStart(LocalDateTime start) {
		LocalDate date = start.toLocalDate();
		int second = start.toLocalTime().toSecondOfDay();
		if (!isWorkingDay(date) || second >= afternoonEnd) {
			return at(plusWorkingDays(date, 1), morningStart);
		}
		if (second < morningStart) {
			return at(date, morningStart);
		}
		if (second >= morningEnd && second < afternoonStart) {
			return at(date, afternoonStart);
		}
		return start;
	}

	/** Working time added to an instant, skipping lunch breaks, nights and days off. */
	LocalDateTime plusWorkingSeconds(LocalDateTime start, long seconds) {
		if (seconds == 0) {
			return start;
		}
		LocalDateTime from = clockStart(start);
		int second = from.toLocalTime().toSecondOfDay();
		long leftToday = second < morningEnd ? morningEnd - second + afternoonEnd - afternoonStart
				: afternoonEnd - second;
		if (seconds <= leftToday) {
			return at(from.toLocalDate(), timeAfter(second, seconds));
		}
		long rest = seconds - leftToday;
		long wholeDays = (rest - 1) / daily;
		rest -= wholeDays * daily;
		return at(plusWorkingDays(from.toLocalDate(), wholeDays + 1), timeAfter(morningStart, rest));
	}

	/** The working time, in seconds, between two instants (0 when {@code to} is not after {@code from}). */
	long workingSecondsBetween(LocalDateTime from, LocalDateTime to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		return workingDaysBetween(from.toLocalDate(), to.toLocalDate()) * daily + workedBefore(to) - workedBefore(from);
	}

	/** The working seconds of its day before an instant. */
	private long workedBefore(LocalDateTime instant) {
		if (!isWorkingDay(instant.toLocalDate())) {
			return 0;
		}
		int second = instant.toLocalTime().toSecondOfDay();
		return clamp(second, morningStart, morningEnd) - morningStart
				+ clamp(second, afternoonStart, afternoonEnd) - afternoonStart;
	}

	/** The second of the day that working time ends when it starts at a working second and fits in the day. */
	private long timeAfter(int second, long seconds) {
		if (second < morningEnd) {
			return second + seconds <= morningEnd ? second + seconds : afternoonStart + seconds - (morningEnd - second);
		}
		return second + seconds;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	static LocalDateTime at(LocalDate date, long secondOfDay) {
		return LocalDateTime.of(date, LocalTime.ofSecondOfDay(secondOfDay));
	}
}
