package vn.motcua.calendar.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One cell of the month view.
 *
 * @param inMonth whether the day belongs to the month shown (the first and last weeks show neighbours)
 * @param lunar the lunar day and month, ready to print
 * @param reason the name of the holiday, or of the override, that makes the day off or worked
 */
record MonthCell(LocalDate date, boolean inMonth, boolean workingDay, boolean today, String lunar,
		@Nullable String reason) {
}
