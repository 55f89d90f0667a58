package vn.motcua.consultation;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.PersonalData;
import vn.motcua.shared.TimeOrderedIds;

/**
 * One comment on a consultation, with the code its commenter quotes, and after the period the
 * decision on it (tiếp thu, tiếp thu một phần, giải trình) with its explanation. Its own aggregate,
 * so that many commenters at once never conflict on the consultation's version.
 */
@Table("consultation_comment")
public class ConsultationComment implements Cloneable {

	static final int EXPLANATION_LENGTH = 4000;

	@Id
	private UUID id;
	@Version
	private @Nullable Long version;
	private UUID consultationId;
	private String code;
	private CommenterKind commenterKind;
	private String commenterName;
	private @Nullable String organisationName;
	private @Nullable String contact;
	private @Nullable String clause;
	private String commentText;
	private @Nullable UUID accountId;
	private Instant submittedAt;
	private @Nullable CommentDecision decision;
	private @Nullable String explanation;
	private @Nullable String decidedBy;
	private @Nullable Instant decidedAt;

	@SuppressWarnings("NullAway.Init")
	private ConsultationComment() {
	}

	@SuppressWarnings("NullAway.Init")
	static ConsultationComment submit(UUID consultationId, String code, CommentSubmission sent, Instant now) {
		CommentSubmission checked = sent.checked();
		ConsultationComment comment = new ConsultationComment();
		comment.id = TimeOrderedIds.next();
		comment.consultationId = consultationId;
		comment.code = code;
		comment.commenterKind = checked.commenterKind();
		comment.commenterName = checked.name();
		comment.organisationName = checked.organisationName();
		comment.contact = checked.contact();
		comment.clause = checked.clause();
		comment.commentText = checked.text();
		comment.accountId = checked.accountId();
		comment.submittedAt = now;
		return comment;
	}

	/** Records or corrects the decision on it, until the synthesis is published (the caller checks that). */
	void decide(CommentDecision newDecision, @Nullable String newExplanation, String officer, Instant now) {
		String text = Texts.optional(newExplanation, EXPLANATION_LENGTH, "explanation");
		if (newDecision != CommentDecision.ACCEPTED && text == null) {
			// a comment not taken up in full is answered with the reason
			throw new InvalidFieldException("explanation", "consultation.decision.explanation-required");
		}
		decision = newDecision;
		explanation = text;
		decidedBy = officer;
		decidedAt = now;
	}

	/** The name the synthesis may print: an organisation's name; an individual's is masked by the caller. */
	public String publicName() {
		return commenterKind == CommenterKind.ORGANISATION && organisationName != null ? organisationName : commenterName;
	}

	/**
	 * The comment as a reader who does not decide on it reads it (the people's inspection board,
	 * decision 0031): the contact field with its middle withheld, enough to see that the commenter left
	 * one, not to reach them, and the phone numbers, e-mail addresses and ID numbers typed in its texts
	 * masked ({@link PersonalData#maskContactsIn}). The commenter's name stays, as the board reads a
	 * petitioner's. A copy to be read, never saved: those who decide on it read it whole.
	 */
	ConsultationComment withContactsMasked() {
		ConsultationComment copy;
		try {
			copy = (ConsultationComment) clone();
		}
		catch (CloneNotSupportedException impossible) {
			throw new IllegalStateException(impossible);
		}
		copy.commenterName = PersonalData.maskContactsIn(commenterName);
		copy.organisationName = masked(organisationName);
		copy.contact = contact == null || contact.isBlank() ? contact : PersonalData.maskContact(contact);
		copy.clause = masked(clause);
		copy.commentText = PersonalData.maskContactsIn(commentText);
		copy.explanation = masked(explanation);
		return copy;
	}

	private static @Nullable String masked(@Nullable String text) {
		return text == null ? null : PersonalData.maskContactsIn(text);
	}

	public UUID id() { return id; }
	public UUID consultationId() { return consultationId; }
	public String code() { return code; }
	public CommenterKind commenterKind() { return commenterKind; }
	public String commenterName() { return commenterName; }
	public @Nullable String organisationName() { return organisationName; }
	public @Nullable String contact() { return contact; }
	public @Nullable String clause() { return clause; }
	public String commentText() { return commentText; }
	public @Nullable UUID accountId() { return accountId; }
	public Instant submittedAt() { return submittedAt; }
	public @Nullable CommentDecision decision() { return decision; }
	public @Nullable String explanation() { return explanation; }
	public @Nullable Instant decidedAt() { return decidedAt; }

	static void requireDecidable(Consultation consultation, Instant now) {
		if (consultation.status() != ConsultationStatus.OPEN || !consultation.period().closedAt(now)) {
			throw new InvalidRequestException("consultation.decision.not-now");
		}
	}
}
