package vn.motcua.consultation;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A draft file was taken off a consultation in preparation; the audit trail records which, for the consultation's
 * agency (decision 0051).
 */
public record DraftFileRemoved(Actor actor, Instant occurredAt, UUID consultationId, String agencyCode, DraftFile file)
		implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.draft-file-removed";
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
		return "Draft file " + file.fileName() + " (stored as " + file.attachmentId() + ") removed from consultation "
				+ consultationId;
	}
}
