package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;

/**
 * A dossier's result was drafted (a PDF attached at a step) or signed with the agency's key: the
 * audit trail names the file, by the draft's attachment id or the signed file's SHA-256.
 */
public record DossierResultRecorded(Actor actor, Instant occurredAt, UUID dossierId, String code, String agencyCode,
		boolean signed, String file) implements AuditedDossierChange {

	@Override
	public String action() {
		return signed ? "dossier.result.signed" : "dossier.result.drafted";
	}

	@Override
	public String summary() {
		return signed ? "Result of dossier " + code + " signed (SHA-256 " + file + ")"
				: "Draft result attached to dossier " + code + " (attachment " + file + ")";
	}
}
