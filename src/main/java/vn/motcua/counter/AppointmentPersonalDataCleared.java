package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** The bookers' name, phone and e-mail were cleared from that many appointments that started before the cutoff. */
public record AppointmentPersonalDataCleared(Actor actor, Instant occurredAt, LocalDateTime startedBefore,
		int count) implements AuditableEvent {

	@Override
	public String action() {
		return "counter.appointment.personal-data-cleared";
	}

	@Override
	public String recordType() {
		return "Appointment";
	}

	@Override
	public String recordId() {
		return "started-before-" + startedBefore;
	}

	@Override
	public String summary() {
		return "Name, phone and e-mail cleared from " + count + " appointments that started before " + startedBefore;
	}
}
