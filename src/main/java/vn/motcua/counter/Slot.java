package vn.motcua.counter;

import java.time.LocalDateTime;

/**
 * A slot of a working day in which appointments are taken, in Vietnam's time.
 *
 * @param open whether it may still be booked now (it starts late enough from now)
 */
public record Slot(LocalDateTime startsAt, LocalDateTime endsAt, int capacity, int booked, boolean open) {

	public int remaining() {
		return Math.max(0, capacity - booked);
	}

	/** Open and not full. */
	public boolean bookable() {
		return open && remaining() > 0;
	}
}
