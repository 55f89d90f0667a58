package vn.motcua.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A message the worker has taken to send: what a channel needs, and how often it was tried. */
record OutgoingMessage(UUID id, NotificationChannel channel, String recipient, @Nullable String subject, String body,
		int attempts) {
}
