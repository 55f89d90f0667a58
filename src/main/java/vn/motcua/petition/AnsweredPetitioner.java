package vn.motcua.petition;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whom to tell that a petition was answered, and how to reach them: their account when they sent it
 * signed in, otherwise the contact they gave, with the reading key that opens the answer to them.
 *
 * @param readingKey the key for the notice's link, null when it was not issued in this transaction
 *        (an answer older than the keys, or a notice sent again)
 */
public record AnsweredPetitioner(String code, String title, PetitionKind kind, @Nullable UUID accountId,
		Petitioner petitioner, @Nullable String readingKey) {

	/** Without the petitioner or the key: neither may be written to a log. */
	@Override
	public String toString() {
		return "AnsweredPetitioner[" + kind + " " + code + "]";
	}
}
