package vn.motcua.petition;

import org.jspecify.annotations.Nullable;

/**
 * What a reader of a petition's progress gives to show that they are its petitioner, besides the
 * account they are signed in with: the reading key in the link of the notice of the answer, or the
 * phone number or e-mail address written in the petition. The contact is not compared for a kind whose
 * petitioner's identity is secret: whoever holds the code could then test guesses of who sent it.
 *
 * @param contact the phone number or e-mail address the reader gives, null when none
 * @param readingKey the key of the notice's link, null when none
 */
public record PetitionerProof(@Nullable String contact, @Nullable String readingKey) {

	/** The parameter of the tracking page's address that carries the reading key, in the notice's link. */
	public static final String READING_KEY_PARAMETER = "key";

	/** Nothing given: the reader is the petitioner only by their account. */
	public static final PetitionerProof NONE = new PetitionerProof(null, null);

	/** Without the contact or the key, so that neither is written to a log in clear. */
	@Override
	public String toString() {
		return "PetitionerProof[contact " + (contact == null ? "none" : "given") + ", readingKey "
				+ (readingKey == null ? "none" : "given") + "]";
	}
}
