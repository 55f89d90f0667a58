package vn.motcua.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A message as the administrators' list shows it.
 *
 * @param recipient the address or number; null, and {@code recipientRedacted} true, for a message to
 *        a denouncer, whose identity is secret even to administrators (only the worker reads it)
 */
public record NotificationMessage(UUID id, Notice notice, NotificationChannel channel, @Nullable String recipient,
		boolean recipientRedacted, @Nullable String recordCode, String language, @Nullable String subject, String body,
		MessageStatus status, int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
		@Nullable Instant sentAt) {

	/** A failed message may be sent again by an administrator. */
	public boolean resendable() {
		return status.isFailure();
	}
}
