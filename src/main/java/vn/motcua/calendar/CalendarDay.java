package vn.motcua.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * One day of the working calendar.
 *
 * @param ordinary whether the day follows the weekly rule (Monday to Friday worked, Saturday and
 *        Sunday off), neither a holiday nor an override
 * @param reason why the day is off, or why a day that is normally off is worked; null on an
 *        ordinary working day
 */
public record CalendarDay(LocalDate date, boolean workingDay, boolean ordinary,
		@Nullable MessageSourceResolvable reason) {
}
