package vn.motcua.petition;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A petition was answered: the notification module tells the petitioner (by their account, e-mail
 * or phone), the audit trail records it. The contact is in the event because the petitioner must be
 * reached; {@link #summary()} leaves it out.
 *
 * @param accountId the petitioner's account, when they sent it signed in
 * @param published whether the answer is on the public questions and answers page
 */
public record PetitionAnswered(Actor actor, Instant occurredAt, String code, String agencyCode, PetitionKind kind,
		String title, @Nullable UUID accountId, @Nullable String petitionerName, @Nullable String email,
		@Nullable String phone, boolean published) implements AuditableEvent {

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
