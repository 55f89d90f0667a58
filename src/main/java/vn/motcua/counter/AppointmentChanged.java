package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An appointment at the agency was booked or cancelled, or its link was sent again to its booker; that agency's
 * People's Inspection Board reads it (decision 0051). It never carries the booker's name, phone or e-mail.
 *
 * @param change {@link #BOOKED}, {@link #CANCELLED} or {@link #LINK_SENT}
 */
public record AppointmentChanged(Actor actor, Instant occurredAt, String code, String agencyCode, LocalDateTime startsAt,
		String change) implements AuditableEvent {

	public static final String BOOKED = "booked";
	public static final String CANCELLED = "cancelled";
	public static final String LINK_SENT = "link-sent";

	@Override
	public String action() {
		return "counter.appointment." + change;
	}

	@Override
	public String recordType() {
		return "Appointment";
	}

	@Override
	public String recordId() {
		return code;
	}

	@Override
	public String summary() {
		return "Appointment " + code + " at " + startsAt + " " + change;
	}
}
