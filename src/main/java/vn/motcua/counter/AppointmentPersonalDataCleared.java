package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * The bookers' name, phone and e-mail were cleared from these appointments, which started before the cutoff:
 * the copies of their notices go too (decision 0037).
 *
 * @param codes the appointments' codes, no personal data
 */
public record AppointmentPersonalDataCleared(Actor actor, Instant occurredAt, LocalDateTime startedBefore,
		List<String> codes) implements AuditableEvent {

	public AppointmentPersonalDataCleared {
		codes = List.copyOf(codes);
	}

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
		return "Name, phone and e-mail cleared from " + codes.size() + " appointments that started before "
				+ startedBefore;
	}
}
