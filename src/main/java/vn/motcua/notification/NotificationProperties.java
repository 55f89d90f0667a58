package vn.motcua.notification;

import java.net.URI;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notification module ({@code motcua.notification.*}; README lists them). The SMTP
 * server itself is Spring Boot's {@code spring.mail.*}.
 */
@ConfigurationProperties("motcua.notification")
public record NotificationProperties(@DefaultValue Worker worker, @DefaultValue Retry retry,
		@DefaultValue RateLimit rateLimit, @DefaultValue Mail mail, @DefaultValue Sms sms,
		@DefaultValue StepWarning stepWarning, @DefaultValue AppointmentReminder appointmentReminder,
		@DefaultValue Retention retention) {

	/**
	 * The delivery worker: how often it looks for due messages, how many it takes at once, and how
	 * long a taken message stays reserved for the instance that took it.
	 */
	public record Worker(@DefaultValue("true") boolean enabled, @DefaultValue("PT15S") Duration delay,
			@DefaultValue("50") int batchSize, @DefaultValue("PT5M") Duration lease) {
	}

	/** Retries after a temporary failure: the wait doubles from the initial one up to the maximum. */
	public record Retry(@DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration initialBackoff,
			@DefaultValue("PT6H") Duration maxBackoff) {

		/** The wait before the next attempt, after that many attempts failed. */
		public Duration backoffAfter(int failedAttempts) {
			Duration wait = initialBackoff;
			for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
				wait = wait.multipliedBy(2);
			}
			return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
		}
	}

	/** At most that many messages to one recipient (address or number) per window; the rest wait. */
	public record RateLimit(@DefaultValue("10") int perRecipient, @DefaultValue("PT1H") Duration window) {
	}

	/** The sender of e-mails. */
	public record Mail(@DefaultValue("MotCua <no-reply@motcua.local>") String from) {
	}

	/**
	 * SMS: {@code log} (the embedded default: messages are only written to the log) or {@code http}
	 * (the gateway contract of docs/sms-gateway.md at {@code url}, with a bearer {@code token}).
	 * {@code inboundSecret} is the shared secret the gateway sends in {@code X-MotCua-Webhook-Secret}
	 * with each inbound message; without it the inbound webhook refuses every call. {@code maxLength}
	 * is the most characters the gateway takes in one message (459 by default: three segments of a
	 * text without diacritics); a longer one has its free text (names, reasons) shortened, never its
	 * code or link.
	 */
	public record Sms(@DefaultValue("log") String gateway, @Nullable URI url, @Nullable String token,
			@DefaultValue("PT10S") Duration timeout, @Nullable String inboundSecret,
			@DefaultValue("false") boolean stripDiacritics, @DefaultValue("459") int maxLength) {

		public Sms {
			// below one segment no notice fits its code and link
			if (maxLength < 160) {
				throw new IllegalArgumentException("motcua.notification.sms.max-length must be at least 160");
			}
		}
	}

	/**
	 * The e-mail warning to the officers holding a step, {@code before} (working time) the step is
	 * due, looked for every {@code interval}.
	 */
	public record StepWarning(@DefaultValue("false") boolean enabled, @DefaultValue("PT4H") Duration before,
			@DefaultValue("PT15M") Duration interval) {
	}

	/**
	 * The reminder to the booker of an appointment at the counter, {@code before} (calendar time) it starts,
	 * looked for every {@code interval}.
	 */
	public record AppointmentReminder(@DefaultValue("true") boolean enabled, @DefaultValue("PT24H") Duration before,
			@DefaultValue("PT15M") Duration interval) {
	}

	/**
	 * How long a message stays after it was queued once its delivery is over (sent, or failed for
	 * good): it holds a recipient's address or number and what was said to them, kept for questions
	 * ("I never got the SMS") and then deleted. Looked for every {@code interval}; messages still on
	 * their way are never deleted.
	 */
	public record Retention(@DefaultValue("true") boolean enabled, @DefaultValue("P180D") Duration period,
			@DefaultValue("PT6H") Duration interval, @DefaultValue("1000") int batchSize) {

		public Retention {
			// a shorter period would forget messages the per-recipient rate limit still counts
			if (period.compareTo(Duration.ofDays(1)) < 0) {
				throw new IllegalArgumentException("motcua.notification.retention.period must be at least one day");
			}
		}
	}
}
