package vn.motcua.consultation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A consultation was prepared, edited, opened, extended or had its synthesis published. The audit
 * trail records it.
 *
 * @param change the step, such as {@code prepared}, {@code opened}, {@code extended}
 */
public record ConsultationChanged(Actor actor, Instant occurredAt, UUID consultationId, String agencyCode,
		ConsultationStatus status, String change) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation." + change.toLowerCase(Locale.ROOT);
	}

	@Override
	public String recordType() {
		return "Consultation";
	}

	@Override
	public String recordId() {
		return consultationId.toString();
	}

	@Override
	public String summary() {
		return "Consultation " + consultationId + " " + change + ", now " + status;
	}
}
