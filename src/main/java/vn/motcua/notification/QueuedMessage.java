package vn.motcua.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A rendered message about to be queued, with the key that makes queueing it twice a no-op. */
record QueuedMessage(String idempotencyKey, Notice notice, NotificationChannel channel, String recipient,
		@Nullable UUID accountId, @Nullable String recordCode, String language, @Nullable String subject,
		String body) {
}
