package vn.motcua.dossier;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;

/**
 * A dossier moved to a new status. Notification, rating and reporting listen to it; the audit
 * trail records it.
 *
 * @param previous null when the dossier was just registered
 * @param note the reason, the missing items or the comment that came with the change
 * @param refused the change refuses the dossier (at receipt, or during processing, where it is processed
 *        with the refusal as its result): its applicant is told of a refusal, not of a result
 */
public record DossierStatusChanged(Actor actor, Instant occurredAt, UUID dossierId, String code, String agencyCode,
		String procedureCode, @Nullable DossierStatus previous, DossierStatus status, @Nullable String note,
		boolean refused) implements AuditedDossierChange {

	/** A change that refuses nothing. */
	public DossierStatusChanged(Actor actor, Instant occurredAt, UUID dossierId, String code, String agencyCode,
			String procedureCode, @Nullable DossierStatus previous, DossierStatus status, @Nullable String note) {
		this(actor, occurredAt, dossierId, code, agencyCode, procedureCode, previous, status, note, false);
	}

	@Override
	public String action() {
		return "dossier." + status.name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String summary() {
		return "Dossier " + code + " (" + procedureCode + ") " + (previous == null ? "registered" : previous + " → ")
				+ (previous == null ? " as " + status : status) + (refused ? ", refused" : "");
	}
}
