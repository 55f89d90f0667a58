package vn.motcua.calendar;

import java.time.LocalTime;

/**
 * The working hours of an agency: a morning and an afternoon session, the lunch break between them.
 * By default 07:30–11:30 and 13:00–17:00.
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd) {

	public WorkingHours {
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new IllegalArgumentException("Working hours must be two sessions in order, not " + morningStart + "–"
					+ morningEnd + ", " + afternoonStart + "–" + afternoonEnd);
		}
	}
}
