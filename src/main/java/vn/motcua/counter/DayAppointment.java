package vn.motcua.counter;

import org.jspecify.annotations.Nullable;

/**
 * An appointment as the desk's list of a day shows it: where its visitor stands at the counter.
 *
 * @param ticketStatus the status of the queue ticket it was checked in with, null when not checked in
 * @param ticketNumber that ticket's number
 */
public record DayAppointment(Appointment appointment, @Nullable QueueTicketStatus ticketStatus,
		@Nullable Integer ticketNumber) {

	/** Where the visitor stands: booked, checked in (waiting or called), served, absent, or cancelled. */
	public enum Visit {
		BOOKED, CHECKED_IN, SERVED, ABSENT, CANCELLED
	}

	public Visit visit() {
		if (appointment.isCancelled()) {
			return Visit.CANCELLED;
		}
		if (ticketStatus == null) {
			return Visit.BOOKED;
		}
		return switch (ticketStatus) {
			case WAITING, CALLED -> Visit.CHECKED_IN;
			case SERVED -> Visit.SERVED;
			case ABSENT -> Visit.ABSENT;
		};
	}

	/** The ticket's number as the display prints it, or null. */
	public @Nullable String printedTicket() {
		return ticketNumber == null ? null : QueueTicket.printed(ticketNumber);
	}
}
