package vn.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountContact;
import vn.motcua.identity.AccountManagement;

/**
 * Queues a notice to a citizen on each channel they want: to their account's contact details and
 * by its preferences when they have one, otherwise to the contact they gave, by the defaults and in the
 * language they chose where the record they made holds it (an appointment's, decision 0037).
 */
@Component
class NoticeSender {

	/** The values of a notice's placeholders, in the recipient's language. */
	interface Values {

		/** @param signedIn whether the recipient has an account (their links then lead to its pages) */
		Map<String, String> in(String language, boolean signedIn);
	}

	private final AccountManagement accounts;
	private final Preferences preferences;
	private final Templates templates;
	private final MessageQueue queue;
	private final MessageLimits limits;
	private final Clock clock;
	private final String baseUrl;

	NoticeSender(AccountManagement accounts, Preferences preferences, Templates templates, MessageQueue queue,
			MessageLimits limits, Clock clock, @Value("${motcua.site.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.preferences = preferences;
		this.templates = templates;
		this.queue = queue;
		this.limits = limits;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** An absolute link to a page of the site, for a message read outside it. */
	String link(String path) {
		return baseUrl + path;
	}

	/**
	 * @param key what makes this notice once-only (the registry may call a listener twice); the
	 *        channel is added to it
	 * @param code the dossier's or petition's code, by which administrators find the message
	 * @param recipientSecret whether the recipient's identity is secret (a denouncer), so withheld from
	 *        the administrators' views of the messages
	 * @param language the language the recipient chose without an account (that of the pages they used), null
	 *        when not known: then the default's; an account's preferences decide over it
	 */
	void send(Notice notice, String key, String code, @Nullable UUID accountId, @Nullable String email,
			@Nullable String phone, boolean recipientSecret, @Nullable String language, Values values) {
		Optional<AccountContact> account = Optional.ofNullable(accountId).flatMap(accounts::contactOf);
		NotificationPreferences wanted = account.map(AccountContact::accountId).map(preferences::of)
			.orElse(language == null ? NotificationPreferences.DEFAULT : NotificationPreferences.DEFAULT.in(language));
		String to = account.map(AccountContact::email).orElse(email);
		String toPhone = account.map(AccountContact::phone).orElse(phone);
		Map<String, String> filled = values.in(wanted.language(), account.isPresent());
		UUID recipientAccount = account.map(AccountContact::accountId).orElse(null);
		queue(notice, key, code, recipientAccount, wanted.email() ? to : null, wanted.sms() ? toPhone : null,
				recipientSecret, wanted.language(), filled);
	}

	/**
	 * Queues a notice about an account's safety to its own e-mail address and phone, both, whatever channels its
	 * holder chose (whoever asks for a new password may have lost one of them; whoever took an account over would
	 * switch the notices off), in the holder's language; nothing when the account is gone.
	 *
	 * @param code the account's user name, by which administrators find the message
	 */
	void sendOnBothChannels(Notice notice, String key, UUID accountId, String code, Values values) {
		accounts.contactOf(accountId).ifPresent(contact -> {
			String language = preferences.of(accountId).language();
			queue(notice, key, code, accountId, contact.email(), contact.phone(), false, language,
					values.in(language, true));
		});
	}

	/** Queues the notice to the e-mail address and the phone given, each only when usable. */
	private void queue(Notice notice, String key, String code, @Nullable UUID recipientAccount, @Nullable String email,
			@Nullable String phone, boolean recipientSecret, String language, Map<String, String> values) {
		boolean byEmail = Recipients.isEmail(email);
		boolean bySms = Recipients.isPhone(phone);
		if (!byEmail && !bySms) {
			return;
		}
		Map<NotificationChannel, NotificationTemplate> template = templates.of(notice, language);
		Instant now = clock.instant();
		if (byEmail) {
			queue.enqueue(rendered(key, template.get(NotificationChannel.EMAIL), email, recipientSecret, recipientAccount,
					code, language, values), now);
		}
		if (bySms) {
			queue.enqueue(rendered(key, template.get(NotificationChannel.SMS), phone, recipientSecret, recipientAccount,
					code, language, values), now);
		}
	}

	/**
	 * The message of a notice, rendered from its template to fit its columns and its channel's length
	 * ({@link MessageLimits}); its idempotency key is the key and the channel.
	 */
	QueuedMessage rendered(String key, NotificationTemplate template, String recipient, boolean recipientSecret,
			@Nullable UUID accountId, String code, String language, Map<String, String> values) {
		return new QueuedMessage(key + template.channel(), template.notice(), template.channel(), recipient.trim(),
				recipientSecret, accountId, code, language, template.subject() == null ? null
						: Templates.render(template.subject(), values, NotificationTemplate.MAX_SUBJECT_LENGTH),
				Templates.render(template.body(), values, limits.body(template.channel())));
	}
}
