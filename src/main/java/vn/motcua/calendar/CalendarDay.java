package vn.motcua.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;

/**
 * One day of the working calendar.
 *
 * @param reason why the day is off, or why a day that is normally off is worked; null on an
 *        ordinary working day
 */
public record CalendarDay(LocalDate date, boolean workingDay, @Nullable MessageSourceResolvable reason) {
}
