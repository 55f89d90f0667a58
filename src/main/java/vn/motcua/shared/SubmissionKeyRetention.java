package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes submission keys once their retention has passed: a key only has to outlive the retries of
 * its submission (a double tap, a form sent again, a client's retry), and kept for ever the table
 * would grow by a row for every form ever sent. A batch at a time, each with its audit entry.
 */
@Component
@EnableConfigurationProperties(SubmissionKeyRetention.Settings.class)
public class SubmissionKeyRetention {

	/**
	 * {@code motcua.submission-keys.retention.*}: on or off, how long a key is kept, how often the
	 * schedule looks, how many keys a transaction deletes.
	 */
	@ConfigurationProperties("motcua.submission-keys.retention")
	public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("P30D") Duration period,
			@DefaultValue("PT6H") Duration interval, @DefaultValue("1000") int batchSize) {

		public Settings {
			// a shorter period would let a form sent again the next morning make a second record
			if (period.compareTo(Duration.ofDays(1)) < 0) {
				throw new IllegalArgumentException("motcua.submission-keys.retention.period must be at least one day");
			}
		}
	}

	static final String RECORD_TYPE = "SubmissionKey";

	private final SubmissionKeys keys;
	private final Settings settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	SubmissionKeyRetention(SubmissionKeys keys, Settings settings, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.keys = keys;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/** Deletes every key past its retention; the number deleted. */
	public int deleteExpired() {
		Instant now = clock.instant();
		Instant cutoff = now.minus(settings.period());
		return InBatches.deleteAll(inTransaction, settings.batchSize(), () -> deleteBatch(cutoff, now));
	}

	private int deleteBatch(Instant cutoff, Instant now) {
		int deleted = keys.deleteCreatedBefore(cutoff, settings.batchSize());
		if (deleted > 0) {
			events.publishEvent(new SubmissionKeysDeleted(now, "recorded-before-" + cutoff,
					deleted + " submission keys recorded before " + cutoff + " deleted after "
							+ settings.period().toDays() + " days"));
		}
		return deleted;
	}

	/** Keys deleted by the retention (audited in the system's name). */
	record SubmissionKeysDeleted(Instant occurredAt, String recordId, String summary) implements AuditableEvent {

		@Override
		public Actor actor() {
			return Actor.SYSTEM;
		}

		@Override
		public String action() {
			return "shared.submission-keys.deleted";
		}

		@Override
		public String recordType() {
			return RECORD_TYPE;
		}
	}
}
