package vn.motcua.notification;

import org.jspecify.annotations.Nullable;

/**
 * The text of one notice on one channel in one language, with placeholders such as {@code {code}}.
 * The subject is for e-mail only.
 *
 * @param customized whether an administrator changed it (otherwise it is the shipped default)
 */
public record NotificationTemplate(Notice notice, NotificationChannel channel, String language,
		@Nullable String subject, String body, boolean customized) {
}
