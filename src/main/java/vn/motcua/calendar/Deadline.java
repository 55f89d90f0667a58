package vn.motcua.calendar;

import java.time.LocalDateTime;

/**
 * A computed deadline, in Vietnam's local time.
 *
 * @param start when the case was received
 * @param clockStart when the clock started: the start, or the next working time when it fell outside
 * @param due the appointment (hẹn trả kết quả)
 */
public record Deadline(LocalDateTime start, LocalDateTime clockStart, LocalDateTime due) {
}
