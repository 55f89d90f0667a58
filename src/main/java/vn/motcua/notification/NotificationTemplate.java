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

	/** The longest subject and text the columns of notification_template, and of notification_message, hold. */
	static final int MAX_SUBJECT_LENGTH = 500;
	static final int MAX_BODY_LENGTH = 4000;
}
