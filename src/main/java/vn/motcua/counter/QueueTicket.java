package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.VietnamTime;

/**
 * A queue number (số thứ tự) the desk gave a visitor, walk-in or with an appointment; numbers start at 1
 * each day for each agency.
 *
 * @param queueAt its place in the queue: when issued, or its appointment's start if that is later
 */
public record QueueTicket(UUID id, UUID agencyId, LocalDate issuedOn, int number, @Nullable String appointmentCode,
		QueueTicketStatus status, Instant queueAt, Instant issuedAt, @Nullable Instant calledAt,
		@Nullable String calledBy) {

	/** The number as the display and the slip print it: at least three digits. */
	public String printed() {
		return printed(number);
	}

	/** A number as the display and the slip print it: at least three digits. */
	public static String printed(int number) {
		return "%03d".formatted(number);
	}

	/** When it was issued, in Vietnam's time, as the slip prints it. */
	public LocalDateTime localIssuedAt() {
		return LocalDateTime.ofInstant(issuedAt, VietnamTime.ZONE);
	}

	/** Its place in the queue, in Vietnam's time. */
	public LocalDateTime localQueueAt() {
		return LocalDateTime.ofInstant(queueAt, VietnamTime.ZONE);
	}

	/** When it was called, in Vietnam's time. */
	public @Nullable LocalDateTime localCalledAt() {
		return calledAt == null ? null : LocalDateTime.ofInstant(calledAt, VietnamTime.ZONE);
	}

	public boolean isBooked() {
		return appointmentCode != null;
	}
}
