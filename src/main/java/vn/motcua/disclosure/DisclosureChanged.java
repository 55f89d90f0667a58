package vn.motcua.disclosure;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A publication was prepared, edited, published, replaced or withdrawn, or an officer confirmed
 * reading it. The audit trail records it.
 *
 * @param change the step, such as {@code prepared}, {@code published}, {@code read}
 * @param note what the summary adds, such as the kinds of personal data its publisher confirmed; none
 */
public record DisclosureChanged(Actor actor, Instant occurredAt, UUID disclosureId, String agencyCode,
		DisclosureStatus status, String change, @Nullable String note) implements AuditableEvent {

	public DisclosureChanged(Actor actor, Instant occurredAt, UUID disclosureId, String agencyCode,
			DisclosureStatus status, String change) {
		this(actor, occurredAt, disclosureId, agencyCode, status, change, null);
	}

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
		return "Disclosure " + disclosureId + " " + change + ", now " + status + (note == null ? "" : "; " + note);
	}
}
