package vn.motcua.disclosure;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A publication was prepared, edited, published, replaced or withdrawn, or an officer confirmed
 * reading it. The audit trail records it.
 *
 * @param change the step, such as {@code prepared}, {@code published}, {@code read}
 */
public record DisclosureChanged(Actor actor, Instant occurredAt, UUID disclosureId, String agencyCode,
		DisclosureStatus status, String change) implements AuditableEvent {

	@Override
	public String action() {
		return "disclosure." + change.toLowerCase(Locale.ROOT);
	}

	@Override
	public String recordType() {
		return "Disclosure";
	}

	@Override
	public String recordId() {
		return disclosureId.toString();
	}

	@Override
	public String summary() {
		return "Disclosure " + disclosureId + " " + change + ", now " + status;
	}
}
