package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A queue ticket of the agency was issued, called, served or marked absent; that agency's People's Inspection
 * Board reads it (decision 0051). A checked-in appointment is named by its code.
 *
 * @param change {@code issued}, {@code called}, {@code served} or {@code absent}
 */
public record QueueTicketChanged(Actor actor, Instant occurredAt, UUID ticketId, String agencyCode, LocalDate day,
		int number, String change) implements AuditableEvent {

	@Override
	public String action() {
		return "counter.queue-ticket." + change;
	}

	@Override
	public String recordType() {
		return "QueueTicket";
	}

	@Override
	public String recordId() {
		return ticketId.toString();
	}

	@Override
	public String summary() {
		return "Queue ticket " + number + " of " + day + " " + change;
	}
}
