package vn.motcua.consultation;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidFieldException;

/**
 * A comment as sent.
 *
 * @param organisationName required when the commenter is an organisation
 * @param contact an e-mail address or a phone number, for a reply; never published
 * @param clause the clause referred to, such as "Điều 3, khoản 2"
 * @param accountId the signed-in commenter's account, if any
 */
public record CommentSubmission(CommenterKind commenterKind, String name, @Nullable String organisationName,
		@Nullable String contact, @Nullable String clause, String text, @Nullable UUID accountId) {

	static final int NAME_LENGTH = 300;
	static final int CONTACT_LENGTH = 200;
	static final int CLAUSE_LENGTH = 200;
	public static final int TEXT_LENGTH = 8000;

	/** @throws InvalidFieldException naming the field that is missing or too long */
	CommentSubmission checked() {
		String organisation = Texts.optional(organisationName, NAME_LENGTH, "organisationName");
		if (commenterKind == CommenterKind.ORGANISATION && organisation == null) {
			throw new InvalidFieldException("organisationName", "consultation.field.required");
		}
		return new CommentSubmission(commenterKind, Texts.required(name, NAME_LENGTH, "name"),
				commenterKind == CommenterKind.ORGANISATION ? organisation : null,
				Texts.optional(contact, CONTACT_LENGTH, "contact"), Texts.optional(clause, CLAUSE_LENGTH, "clause"),
				Texts.required(text, TEXT_LENGTH, "text"), accountId);
	}
}
