package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.audit.AuditTrail;
import vn.motcua.testing.WebTest;

/**
 * Submission keys go once their retention has passed, in batches, each with its audit entry; younger
 * keys stay and still return their record. The old keys here are from 1999, so that no other test's
 * key is old enough to go.
 */
@WebTest
class SubmissionKeyRetentionTests {

	/** Chains the audit entries waiting for the chain, before this test reads audit_entry. */
	@Autowired
	AuditTrail audit;

	private static final Instant NOW = Instant.parse("2000-01-01T02:00:00Z");

	@Autowired
	SubmissionKeys keys;
	@Autowired
	SubmissionKeyRetention.Settings settings;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;

	@Test
	void keysOlderThanTheRetentionGoInBatchesEachAuditedAndYoungerOnesStay() {
		String run = UUID.randomUUID().toString();
		record(run + ":old-1", NOW.minus(Duration.ofDays(300)));
		record(run + ":old-2", NOW.minus(Duration.ofDays(31)));
		record(run + ":young", NOW.minus(Duration.ofDays(29)));

		SubmissionKeyRetention retention = new SubmissionKeyRetention(keys,
				new SubmissionKeyRetention.Settings(true, settings.period(), settings.interval(), 1), events,
				Clock.fixed(NOW, ZoneOffset.UTC), transactions);
		assertThat(retention.deleteExpired()).isEqualTo(2);

		assertThat(keys.find("test", run + ":old-1")).isEmpty();
		assertThat(keys.find("test", run + ":old-2")).isEmpty();
		assertThat(keys.find("test", run + ":young")).get().extracting(SubmissionKeys.Use::recordCode)
			.isEqualTo("CODE-young");
		Instant cutoff = NOW.minus(Duration.ofDays(30));
		audit.seal();
		assertThat(jdbc.sql("SELECT actor || ' ' || summary FROM audit_entry WHERE action = 'shared.submission-keys.deleted'"
				+ " AND record_id = ? ORDER BY sequence_number").param("recorded-before-" + cutoff).query(String.class).list())
			.as("one entry a batch")
			.containsExactly("system 1 submission keys recorded before " + cutoff + " deleted after 30 days",
					"system 1 submission keys recorded before " + cutoff + " deleted after 30 days");
		assertThat(retention.deleteExpired()).as("nothing more to delete").isZero();
	}

	@Test
	void keysAreKeptAtLeastADaySoThatAFormSentAgainTheNextMorningFindsItsRecord() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SubmissionKeyRetention.Settings(true, Duration.ofHours(12), Duration.ofHours(6), 100))
			.withMessageContaining("motcua.submission-keys.retention.period");
		assertThat(settings.period()).as("the default").isEqualTo(Duration.ofDays(30));
	}

	private void record(String key, Instant at) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> keys.record("test", key, "digest",
				"CODE-" + key.substring(key.indexOf(':') + 1), at));
	}
}
