package vn.motcua.petition;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A petition was answered: the notification module tells the petitioner, the audit trail records it.
 * It names the petition only: the event is stored by the event publication registry until the
 * notice is queued, and a denouncer's identity must not sit in that table; the notice asks
 * {@link PetitionManagement#answeredPetitioner(String)} for whom to tell.
 *
 * @param published whether the answer is on the public questions and answers page
 */
public record PetitionAnswered(Actor actor, Instant occurredAt, String code, String agencyCode, PetitionKind kind,
		boolean published) implements AuditableEvent {

	@Override
	public String action() {
		return "petition.answered";
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
		return kind + " " + code + " answered" + (published ? " and published" : "");
	}
}
