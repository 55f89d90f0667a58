package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.testing.ServerPreparedStatements;
import vn.motcua.testing.ServerPreparedStatements.Prepared;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * E-mails (a subject, to an account, about a record) and SMS (none of these) queued one after the
 * other: the INSERT stays prepared on PostgreSQL, instead of being prepared and planned again when a
 * null comes where it was prepared with a value (bench/README.md, eighteenth session). One
 * connection, one rolled-back transaction; first used with e-mails only, past the driver's threshold
 * for preparing on the server (five uses).
 */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
class MessageQueueStatementsTests {

	private static final List<String> INSERT = List.of("INSERT INTO notification_message");

	@Autowired
	MessageQueue queue;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void queueingStaysPreparedWhateverIsNull() {
		transactions.executeWithoutResult(status -> {
			for (int message = 0; message < 6; message++) {
				queue(NotificationChannel.EMAIL);
			}
			Map<String, Prepared> before = ServerPreparedStatements.byBeginning(jdbc, INSERT);
			for (int message = 0; message < 6; message++) {
				queue(message % 2 == 0 ? NotificationChannel.SMS : NotificationChannel.EMAIL);
			}
			Map<String, Prepared> after = ServerPreparedStatements.byBeginning(jdbc, INSERT);
			status.setRollbackOnly();

			assertThat(after.get(INSERT.get(0))).isEqualTo(before.get(INSERT.get(0)).usedAgain(6));
		});
	}

	/** An SMS has no subject, and this one goes to no account about no record; the e-mail has all three. */
	private void queue(NotificationChannel channel) {
		String key = "prepared-" + UUID.randomUUID();
		QueuedMessage message = channel == NotificationChannel.SMS
				? new QueuedMessage(key, Notice.DOSSIER_SUBMITTED, NotificationChannel.SMS, "0905000001", false, null, null,
						"vi", null, "Hồ sơ đã được tiếp nhận")
				: new QueuedMessage(key, Notice.DOSSIER_SUBMITTED, NotificationChannel.EMAIL, "an@example.vn", false,
						UUID.randomUUID(), "000.00.31.H55-261205-0001", "vi", "Hồ sơ", "Hồ sơ đã được tiếp nhận");
		assertThat(queue.enqueue(message, Instant.parse("2026-12-05T02:00:00Z"))).isTrue();
	}
}
