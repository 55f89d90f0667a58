package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The background work waiting, as metrics: an audit entry and a notice that have waited ten and five
 * minutes show in the counts and the ages. Written in a transaction that is rolled back, read on its
 * connection, so the chaining and the delivery (which see only committed rows) never take them.
 */
@WebTest
class BacklogMetricsTests {

	@Autowired
	MeterRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theAuditEntriesAndNoticesWaitingShowWithTheAgeOfTheOldest() {
		Instant now = Instant.now();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					INSERT INTO audit_pending (id, occurred_at, recorded_at, actor, action, record_type, record_id,
					       summary)
					VALUES (?, ?, ?, 'system', 'test.waiting', 'Test', 'x', 'waiting')""")
				.params(UUID.randomUUID(), now.minusSeconds(600).atOffset(ZoneOffset.UTC),
						now.minusSeconds(600).atOffset(ZoneOffset.UTC))
				.update();
			jdbc.sql("""
					INSERT INTO notification_message (id, idempotency_key, notice, channel, recipient, language, body,
					       status, attempts, next_attempt_at, created_at)
					VALUES (?, ?, 'SUBMITTED', 'EMAIL', 'cho@example.vn', 'vi', 'Đang chờ', 'QUEUED', 0, ?, ?)""")
				.params(UUID.randomUUID(), "test-" + UUID.randomUUID(), now.minusSeconds(300).atOffset(ZoneOffset.UTC),
						now.minusSeconds(300).atOffset(ZoneOffset.UTC))
				.update();

			// at least: other entries may come and go meanwhile; the ages are this test's rows'
			assertThat(gauge("motcua.audit.pending")).isGreaterThanOrEqualTo(1);
			assertThat(gauge("motcua.audit.pending.oldest")).isGreaterThanOrEqualTo(600);
			assertThat(gauge("motcua.notification.due")).isGreaterThanOrEqualTo(1);
			assertThat(gauge("motcua.notification.due.oldest")).isGreaterThanOrEqualTo(300);
			status.setRollbackOnly();
		});

		assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("motcua_audit_pending_entries", "motcua_audit_pending_oldest_seconds",
					"motcua_notification_due_messages", "motcua_notification_due_oldest_seconds");
	}

	private double gauge(String name) {
		return registry.get(name).gauge().value();
	}
}
