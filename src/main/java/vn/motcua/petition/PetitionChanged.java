package vn.motcua.petition;

import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A petition was received or moved on. Reporting may listen; the audit trail records it. It never
 * carries the petitioner's identity, so a denouncer stays secret in the trail too.
 *
 * @param change the step, such as {@code received}, {@code assigned}, {@code accepted}
 */
public record PetitionChanged(Actor actor, Instant occurredAt, String code, String agencyCode, PetitionKind kind,
		PetitionStatus status, String change, @Nullable String note) implements AuditableEvent {

	@Override
	public String action() {
		return "petition." + change.toLowerCase(Locale.ROOT);
	}

	@Override
	public String recordType() {
		return "Petition";
	}

	@Override
	public String recordId() {
		return code;
	}

	@Override
	public String summary() {
		return kind + " " + code + " " + change + ", now " + status;
	}
}
