package vn.motcua.rating;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** The desk opened or closed a counter kiosk, or opened a service on it for a walk-in applicant. */
public record KioskChanged(Actor actor, Instant occurredAt, UUID kioskId, String agencyCode, String counterName,
		Change change, @Nullable String dossierCode) implements AuditableEvent {

	public enum Change {
		OPENED,
		SERVICE_OPENED,
		CLOSED
	}

	@Override
	public String action() {
		return switch (change) {
			case OPENED -> "kiosk.opened";
			case SERVICE_OPENED -> "kiosk.service-opened";
			case CLOSED -> "kiosk.closed";
		};
	}

	@Override
	public String recordType() {
		return "Kiosk";
	}

	@Override
	public String recordId() {
		return kioskId.toString();
	}

	@Override
	public String summary() {
		return switch (change) {
			case OPENED -> "Kiosk opened at counter " + counterName + " of " + agencyCode;
			case SERVICE_OPENED -> "Service opened at counter " + counterName
					+ (dossierCode == null ? "" : " for dossier " + dossierCode);
			case CLOSED -> "Kiosk closed at counter " + counterName;
		};
	}
}
