package vn.motcua.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message the worker has taken to send: what a channel needs, and how often it was tried.
 *
 * @param recipientSecret whether the recipient's identity is secret (a denouncer): no log line may then
 *        name the recipient or quote the text ({@link DeliveryLog})
 */
record OutgoingMessage(UUID id, Notice notice, NotificationChannel channel, String recipient, boolean recipientSecret,
		@Nullable String subject, String body, int attempts) {

	/** Without the recipient or the text: a record written to a log would otherwise carry both. */
	@Override
	public String toString() {
		return "OutgoingMessage[" + channel + " " + id + " " + notice + "]";
	}
}
