package vn.motcua.notification;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * How a message is named in the application log, which more people read, and for longer, than the
 * administrators' views of the messages. A message to a secret recipient (a denouncer) is named by its
 * id, channel and notice only: never the address or number, the text, nor a delivery error (an SMTP
 * server's refusal quotes the address in forms no one can foresee). Any other message shows its
 * recipient with the middle withheld (0905***456, h***@example.vn), enough for an operator trying the
 * embedded default to see whom it went to, and its text without the reading key, a credential whose
 * place is the message alone (administrators find it in the message's view).
 */
final class DeliveryLog {

	private DeliveryLog() {
	}

	/** The message and whom it is for: "SMS 0190… (PETITION_ANSWERED) to 0905***456". */
	static String about(OutgoingMessage message) {
		String whom = message.recipientSecret() ? "a recipient whose identity is secret"
				: PersonalData.maskContact(message.recipient());
		return message.channel() + " " + message.id() + " (" + message.notice() + ") to " + whom;
	}

	/** The text the channel sends, as the log may show it. */
	static String text(OutgoingMessage message, String text) {
		return message.recipientSecret() ? "[text withheld]" : Withheld.readingKey(text);
	}

	/** Why a delivery failed, as the log may show it. */
	static String error(OutgoingMessage message, @Nullable String error) {
		if (error == null) {
			return "";
		}
		return message.recipientSecret() ? "[error withheld, see the message's view]"
				: Withheld.recipient(error, message.recipient(), PersonalData.maskContact(message.recipient()));
	}
}
