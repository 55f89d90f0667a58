package vn.motcua.consultation;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A comment was received or decided on; the consultation's agency's People's Inspection Board reads it
 * (decision 0051). It never carries the commenter's name or contact.
 *
 * @param change {@code commented} or {@code decided}
 */
public record ConsultationCommentChanged(Actor actor, Instant occurredAt, String code, UUID consultationId,
		String agencyCode, String change, @Nullable CommentDecision decision) implements AuditableEvent {

	@Override
	public String action() {
		return "consultation.comment." + change.toLowerCase(Locale.ROOT);
	}

	@Override
	public String recordType() {
		return "ConsultationComment";
	}

	@Override
	public String recordId() {
		return code;
	}

	@Override
	public String summary() {
		return "Comment " + code + " on consultation " + consultationId + " " + change
				+ (decision == null ? "" : ": " + decision);
	}
}
