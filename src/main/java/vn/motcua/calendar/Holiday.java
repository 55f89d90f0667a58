package vn.motcua.calendar;

import java.time.LocalDate;

import org.springframework.context.MessageSourceResolvable;

/**
 * A day off other than a weekly rest day: a statutory holiday (ngày nghỉ lễ, tết), a compensatory
 * day off (nghỉ bù) or a day off set by an override.
 *
 * @param name the holiday's name: a key of the calendar bundle for statutory and compensatory days,
 *        the administrator's text for an override
 */
public record Holiday(LocalDate date, MessageSourceResolvable name, HolidayKind kind) {
}
