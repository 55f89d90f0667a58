package vn.motcua.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A rendered message about to be queued, with the key that makes queueing it twice a no-op.
 *
 * @param recipientSecret whether the recipient's identity is secret (a denouncer): the administrators'
 *        views then withhold the address or number
 */
record QueuedMessage(String idempotencyKey, Notice notice, NotificationChannel channel, String recipient,
		boolean recipientSecret, @Nullable UUID accountId, @Nullable String recordCode, String language,
		@Nullable String subject, String body) {
}
