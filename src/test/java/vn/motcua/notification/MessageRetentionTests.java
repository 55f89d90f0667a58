package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import vn.motcua.audit.AuditTrail;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * A message whose delivery is over is deleted once the retention period has passed since it was
 * queued, in batches, each with its audit entry; messages still on their way, and newer ones, stay.
 * The messages here are queued in 1999, so that no other test's message is old enough to go.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class MessageRetentionTests {

	/** Chains the audit entries waiting for the chain, before this test reads audit_entry. */
	@Autowired
	AuditTrail audit;

	private static final Instant QUEUED = Instant.parse("1999-06-01T02:00:00Z");
	private static final Instant NOW = Instant.parse("2000-01-01T02:00:00Z");

	@Autowired
	MessageQueue queue;
	@Autowired
	NotificationProperties properties;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void deliveredMessagesGoAfterTheRetentionPeriodInBatchesEachAudited() {
		clock.set(QUEUED);
		String run = UUID.randomUUID().toString();
		String sent = queued(run, "sent");
		queue.sent(id(sent), QUEUED.plusSeconds(60));
		String failedForGood = queued(run, "failed-for-good");
		queue.failed(id(failedForGood), MessageStatus.PERMANENT_FAILURE, QUEUED, "550 no such user");
		String stillTried = queued(run, "still-tried");
		queue.failed(id(stillTried), MessageStatus.TEMPORARY_FAILURE, NOW.plusSeconds(60), "421 try later");
		String waiting = queued(run, "waiting");
		clock.set(NOW.minus(Duration.ofDays(30)));
		String recent = queued(run, "recent");
		queue.sent(id(recent), clock.instant());

		clock.set(NOW);
		assertThat(retentionInBatchesOf(1).deleteExpired()).isEqualTo(2);

		assertThat(remaining(run)).containsExactlyInAnyOrder(stillTried, waiting, recent);
		Instant cutoff = NOW.minus(properties.retention().period());
		audit.seal();
		assertThat(jdbc.sql("SELECT actor || ' ' || summary FROM audit_entry WHERE action = 'notification.messages.deleted'"
				+ " AND record_id = ? ORDER BY sequence_number").param("queued-before-" + cutoff).query(String.class).list())
			.as("one entry a batch")
			.containsExactly("system 1 delivered or failed messages queued before " + cutoff + " deleted after 180 days",
					"system 1 delivered or failed messages queued before " + cutoff + " deleted after 180 days");
		assertThat(retentionInBatchesOf(1).deleteExpired()).as("nothing more to delete").isZero();
	}

	@Test
	void theRetentionPeriodIsAtLeastADaySoThatTheRateLimitStillCountsWhatItNeeds() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NotificationProperties.Retention(true, Duration.ofHours(1), Duration.ofHours(6), 100))
			.withMessageContaining("motcua.notification.retention.period");
		assertThat(properties.retention().period()).as("the default").isEqualTo(Duration.ofDays(180));
	}

	private MessageRetention retentionInBatchesOf(int batchSize) {
		NotificationProperties.Retention retention = properties.retention();
		return new MessageRetention(queue, NotificationTesting.with(properties,
				new NotificationProperties.Retention(true, retention.period(), retention.interval(), batchSize)), events,
				clock, transactions);
	}

	private String queued(String run, String name) {
		String key = run + ":" + name;
		assertThat(queue.enqueue(new QueuedMessage(key, Notice.DOSSIER_SUBMITTED, NotificationChannel.EMAIL,
				name + "@example.vn", false, null, null, "vi", "Hồ sơ", "Nội dung"), clock.instant())).isTrue();
		return key;
	}

	private UUID id(String key) {
		return jdbc.sql("SELECT id FROM notification_message WHERE idempotency_key = ?").param(key).query(UUID.class)
			.single();
	}

	private List<String> remaining(String run) {
		return jdbc.sql("SELECT idempotency_key FROM notification_message WHERE idempotency_key LIKE ?")
			.param(run + ":%")
			.query(String.class)
			.list();
	}
}
