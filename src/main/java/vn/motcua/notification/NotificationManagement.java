package vn.motcua.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/** The notification module's entry point for its pages and API: templates, messages, preferences, SMS look-up. */
@Service
@Transactional
public class NotificationManagement {

	private final Templates templates;
	private final MessageQueue queue;
	private final Preferences preferences;
	private final InboundSms inbound;
	private final MessageLimits limits;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	NotificationManagement(Templates templates, MessageQueue queue, Preferences preferences, InboundSms inbound,
			MessageLimits limits, ApplicationEventPublisher events, Clock clock) {
		this.templates = templates;
		this.queue = queue;
		this.preferences = preferences;
		this.inbound = inbound;
		this.limits = limits;
		this.events = events;
		this.clock = clock;
	}

	/** A page of messages, newest first. */
	public record MessagePage(List<NotificationMessage> content, long totalElements, int page, int size) {

		public int totalPages() {
			return (int) ((totalElements + size - 1) / size);
		}

		public boolean hasNext() {
			return page + 1 < totalPages();
		}
	}

	/**
	 * A template rendered with sample values, as the administrator previews it: as it would be sent,
	 * in at most its channel's length.
	 *
	 * @param shortened whether the sample's free text had to be shortened to fit
	 */
	public record Preview(@Nullable String subject, String body, boolean shortened) {
	}

	/** The most characters a message's body has on the channel: an SMS's is the gateway's maximum. */
	public int bodyLimit(NotificationChannel channel) {
		return limits.body(channel);
	}

	@Transactional(readOnly = true)
	public List<NotificationTemplate> templates() {
		return templates.all();
	}

	@Transactional(readOnly = true)
	public NotificationTemplate template(Notice notice, NotificationChannel channel, String language) {
		requireLanguage(language);
		return templates.find(notice, channel, language);
	}

	/** Saves an administrator's version of a template; a placeholder the notice does not offer is refused. */
	public void saveTemplate(Notice notice, NotificationChannel channel, String language, @Nullable String subject,
			String body) {
		requireLanguage(language);
		check(notice, channel, language, subject, body);
		String cleanSubject = channel == NotificationChannel.EMAIL && subject != null ? subject.strip() : null;
		Actor actor = Actor.current();
		templates.save(new NotificationTemplate(notice, channel, language, cleanSubject, body.strip(), true), actor.name(),
				clock.instant());
		events.publishEvent(new NotificationChanged(actor, clock.instant(), "notification.template.saved",
				"NotificationTemplate", notice + "/" + channel + "/" + language, "Template " + notice + " " + channel + " "
						+ language + " changed"));
	}

	/** Back to the shipped default. */
	public void resetTemplate(Notice notice, NotificationChannel channel, String language) {
		requireLanguage(language);
		templates.reset(notice, channel, language);
		events.publishEvent(new NotificationChanged(Actor.current(), clock.instant(), "notification.template.reset",
				"NotificationTemplate", notice + "/" + channel + "/" + language, "Template " + notice + " " + channel + " "
						+ language + " reset to the default"));
	}

	/** The text as a recipient would read it, with sample values, without saving anything. */
	@Transactional(readOnly = true)
	public Preview preview(Notice notice, NotificationChannel channel, String language, @Nullable String subject,
			String body) {
		requireLanguage(language);
		check(notice, channel, language, subject, body);
		Map<String, String> sample = keptWholeSample(language);
		sample.put("applicant", "Nguyễn Văn An");
		sample.put("officer", "Trần Thị Bình");
		sample.put("procedure", "Cấp Giấy phép bán lẻ sản phẩm rượu");
		sample.put("reason", "vi".equals(language) ? "Bản sao văn bằng chuyên môn có chứng thực" : "A certified copy of the diploma");
		sample.put("step", "vi".equals(language) ? "Thẩm định hồ sơ" : "Appraisal");
		String whole = Templates.render(body, sample);
		String sent = Templates.render(body, sample, limits.body(channel));
		return new Preview(channel == NotificationChannel.EMAIL && subject != null ? Templates.render(subject, sample) : null,
				sent, !sent.equals(whole));
	}

	/** Sample values of the placeholders a message never shortens (see {@link Templates#render(String, Map, int)}). */
	private static Map<String, String> keptWholeSample(String language) {
		Map<String, String> sample = new HashMap<>();
		sample.put("code", "000.00.31.H55-261123-0001");
		sample.put("appointment", Recipients.format(LocalDateTime.of(2026, 12, 8, 7, 30), language));
		sample.put("link", "https://motcua.example.vn/my/dossiers/000.00.31.H55-261123-0001");
		return sample;
	}

	@Transactional(readOnly = true)
	public MessagePage messages(@Nullable MessageStatus status, @Nullable String recordCode, int page, int size) {
		String code = recordCode == null || recordCode.isBlank() ? null : recordCode.trim();
		return new MessagePage(queue.list(status, code, page, size), queue.count(status, code), page, size);
	}

	/** Queues a failed message again, the same row (hence the same idempotency key), for the worker. */
	public void resend(UUID messageId) {
		NotificationMessage message = queue.find(messageId)
			.orElseThrow(() -> new NotFoundException("notification.message.unknown", messageId));
		if (!queue.requeue(messageId, clock.instant())) {
			throw new InvalidRequestException("notification.message.not-failed", message.status());
		}
		events.publishEvent(new NotificationChanged(Actor.current(), clock.instant(), "notification.message.resent",
				"NotificationMessage", messageId.toString(), "Message " + message.notice() + " " + message.channel()
						+ " to " + (message.recipientRedacted() ? "a denouncer (withheld)" : message.recipient())
						+ " queued again after " + message.status()));
	}

	@Transactional(readOnly = true)
	public NotificationPreferences preferences(UUID accountId) {
		return preferences.of(accountId);
	}

	public void savePreferences(UUID accountId, NotificationPreferences chosen) {
		requireLanguage(chosen.language());
		preferences.save(accountId, chosen, clock.instant());
		events.publishEvent(new NotificationChanged(Actor.current(), clock.instant(), "notification.preferences.saved",
				"Account", accountId.toString(), "Notices by e-mail " + (chosen.email() ? "on" : "off") + ", by SMS "
						+ (chosen.sms() ? "on" : "off") + ", in " + chosen.language()));
	}

	/**
	 * The reply to a text message received by the agency's number (status look-up). Outside a
	 * transaction: a malformed code refused by the dossier module must not doom one of ours.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public String answerSms(String from, String text) {
		return inbound.answer(from, text);
	}

	private void check(Notice notice, NotificationChannel channel, String language, @Nullable String subject,
			String body) {
		if (body.isBlank()) {
			throw new InvalidRequestException("notification.template.body.required");
		}
		// stored stripped; longer than its column, a text failed in the database (HTTP 500)
		requireAtMost(body.strip(), NotificationTemplate.MAX_BODY_LENGTH, "notification.template.body.too-long");
		if (channel == NotificationChannel.EMAIL) {
			if (subject == null || subject.isBlank()) {
				throw new InvalidRequestException("notification.template.subject.required");
			}
			requireAtMost(subject.strip(), NotificationTemplate.MAX_SUBJECT_LENGTH, "notification.template.subject.too-long");
		}
		List<String> unknown = new java.util.ArrayList<>(Templates.unknownPlaceholders(notice, body));
		Templates.unknownPlaceholders(notice, subject).stream().filter(name -> !unknown.contains(name)).forEach(unknown::add);
		if (!unknown.isEmpty()) {
			throw new InvalidRequestException("notification.template.placeholder.unknown", "{" + String.join("}, {", unknown)
					+ "}", "{" + String.join("}, {", notice.placeholders()) + "}");
		}
		if (channel == NotificationChannel.SMS) {
			// the template's own words with the code, appointment and link: if these outgrow the SMS, every
			// message would be cut at its end, link first, whatever names or reasons it carries
			Map<String, String> ownWords = new HashMap<>();
			notice.placeholders().forEach(name -> ownWords.put(name, ""));
			ownWords.putAll(keptWholeSample(language));
			requireAtMost(Templates.render(body.strip(), ownWords), limits.body(channel),
					"notification.template.body.sms-too-long");
		}
	}

	private static void requireAtMost(String text, int maxLength, String messageKey) {
		if (text.length() > maxLength) {
			throw new InvalidRequestException(messageKey, maxLength, text.length());
		}
	}

	private static void requireLanguage(String language) {
		if (!Templates.LANGUAGES.contains(language)) {
			throw new InvalidRequestException("notification.language.unknown", language);
		}
	}
}
