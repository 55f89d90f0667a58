package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.testing.IndexPredicates;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/**
 * On PostgreSQL the dispatcher's indexes hold only the messages its queries read (V9.4): the due and
 * waiting indexes the messages still to send, the recipient's index the sent ones. Sent messages are
 * kept for months, and these indexes no longer grow with them. The queries still reach the indexes:
 * their plans, with sequential scans ruled out, name them (a predicate the query does not imply would
 * leave the index out).
 */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
class MessageQueueIndexesTests {

	static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");
	static final List<String> TO_SEND = List.of("notification_message_due_idx", "notification_message_waiting_idx");
	static final String SENT = "notification_message_recipient_idx";
	static final List<String> ALL = List.of(TO_SEND.get(0), TO_SEND.get(1), SENT);
	static final Pattern INDEX_READ = Pattern.compile("(?:using|on) (notification_message_\\w+)");

	@Autowired
	MessageQueue queue;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theDueAndWaitingIndexesHoldTheMessagesToSendAndTheRecipientsIndexTheSentOnes() {
		Map<String, String> predicates = IndexPredicates.of(jdbc, ALL);

		assertThat(predicates).hasSize(3);
		assertThat(predicates.get("notification_message_due_idx")).contains("status", "'QUEUED'", "'TEMPORARY_FAILURE'")
			.doesNotContain("'SENT'");
		assertThat(predicates.get("notification_message_waiting_idx")).isEqualTo(predicates.get("notification_message_due_idx"));
		assertThat(predicates.get("notification_message_recipient_idx")).contains("status", "'SENT'")
			.doesNotContain("'QUEUED'");
	}

	@Test
	void takingDueMessagesAndPostponingARecipientsReadThoseIndexes() {
		transactions.executeWithoutResult(status -> {
			List<StatementLog.Executed> taking = StatementLog.record(() -> queue.take(NOW, 10, NOW.plusSeconds(60)));
			// the rate limit's one message an hour already sent to the recipient, as the postponing expects
			String recipient = "indexes-" + UUID.randomUUID() + "@example.vn";
			queue.enqueue(new QueuedMessage(recipient, Notice.DOSSIER_SUBMITTED, NotificationChannel.EMAIL, recipient, false,
					null, null, "vi", "Hồ sơ", "Hồ sơ đã được tiếp nhận"), NOW.minusSeconds(60));
			jdbc.sql("UPDATE notification_message SET status = 'SENT', sent_at = next_attempt_at WHERE recipient = ?")
				.param(recipient).update();
			List<StatementLog.Executed> postponing = StatementLog.record(() -> {
				queue.postponeInTurn(recipient, List.of(UUID.randomUUID()), NOW.minus(Duration.ofHours(1)), NOW,
						new NotificationProperties.RateLimit(1, Duration.ofHours(1)));
				return null;
			});
			jdbc.sql("SET LOCAL enable_seqscan = off").update();
			var connection = DataSourceUtils.getConnection(dataSource);

			// on a table this small either of the two indexes of messages to send serves
			assertThat(indexesRead(StatementLog.explain(connection, taking.get(0)))).isNotEmpty()
				.isSubsetOf(TO_SEND);
			assertThat(indexesRead(StatementLog.explain(connection, postponing.get(0)))).contains(SENT)
				.containsAnyElementsOf(TO_SEND).isSubsetOf(ALL);
			status.setRollbackOnly();
		});
	}

	/** The indexes a plan reads the table by (a sequential scan reads none). */
	private static Set<String> indexesRead(String plan) {
		return INDEX_READ.matcher(plan).results().map(match -> match.group(1)).collect(Collectors.toSet());
	}
}
