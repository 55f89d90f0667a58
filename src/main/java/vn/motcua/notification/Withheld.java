package vn.motcua.notification;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.counter.AppointmentContact;
import vn.motcua.petition.PetitionerProof;
import vn.motcua.shared.PersonalData;

/**
 * What a message's readers other than its recipient (administrators, the application log) are not
 * shown, replaced by {@link #MARK}: the reading key in the link of {@link PetitionNotices}, which opens
 * the answer to whoever holds it, and the appointment's key in the link of {@link AppointmentNotices},
 * which reads and cancels the appointment; and the recipient where a text quotes them (an SMTP server's
 * refusal).
 */
final class Withheld {

	/** What stands for what is withheld. */
	static final String MARK = PersonalData.WITHHELD;

	private static final Pattern READING_KEY = Pattern.compile("([?&](?:" + PetitionerProof.READING_KEY_PARAMETER
			+ "|" + AppointmentContact.KEY_PARAMETER + ")=)[A-Za-z0-9_-]+");

	private Withheld() {
	}

	/** The text with the value of each reading key parameter withheld ({@code key=***}). */
	static String readingKey(String text) {
		return READING_KEY.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MARK));
	}

	/** The text with the recipient, in any case, replaced by {@code replacement}. */
	static String recipient(String text, String recipient, String replacement) {
		return Pattern.compile(Pattern.quote(recipient), Pattern.CASE_INSENSITIVE).matcher(text)
			.replaceAll(Matcher.quoteReplacement(replacement));
	}
}
