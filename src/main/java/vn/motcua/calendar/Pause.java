package vn.motcua.calendar;

import java.time.LocalDateTime;

/**
 * A time the clock stood still, such as from a supplement request (yêu cầu bổ sung) to the
 * supplement's arrival. Only its working time extends a deadline.
 */
public record Pause(LocalDateTime from, LocalDateTime to) {

	public Pause {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A pause ends after it starts: " + from + " – " + to);
		}
	}
}
