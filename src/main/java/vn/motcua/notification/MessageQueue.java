package vn.motcua.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.shared.Backlog;
import vn.motcua.shared.SqlType;
import vn.motcua.shared.TimeOrderedIds;

/**
 * The messages table as a queue. Queueing is idempotent (the unique idempotency key, {@code ON
 * CONFLICT DO NOTHING}); taking due messages reserves them with a lease, so that two instances
 * never send the same message at the same time (docs/decisions/0010-notification-delivery.md).
 */
@Component
class MessageQueue {

	private static final String COLUMNS = "id, notice, channel, recipient, recipient_secret, record_code, language, "
			+ "subject, body, status, attempts, next_attempt_at, last_error, created_at, sent_at";

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;

	MessageQueue(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Queues the message unless one with its key exists; true when it was queued now. */
	boolean enqueue(QueuedMessage message, Instant now) {
		return jdbc.sql("""
				INSERT INTO notification_message (id, idempotency_key, notice, channel, recipient, recipient_secret,
				    account_id, record_code, language, subject, body, status, attempts, next_attempt_at, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(TimeOrderedIds.next(), message.idempotencyKey(), message.notice().name(), message.channel().name(),
					message.recipient(), message.recipientSecret(), SqlType.UUID.orTypedNull(message.accountId()),
					SqlType.VARCHAR.orTypedNull(message.recordCode()), message.language(),
					SqlType.VARCHAR.orTypedNull(message.subject()), message.body(), utc(now), utc(now))
			.update() == 1;
	}

	/** How many messages are due to be sent (or tried again) at {@code now}, and since when the earliest is. */
	Backlog dueBacklog(Instant now) {
		return jdbc.sql("""
				SELECT COUNT(*) AS due, MIN(next_attempt_at) AS oldest FROM notification_message
				WHERE status IN ('QUEUED', 'TEMPORARY_FAILURE') AND next_attempt_at <= ?""")
			.param(utc(now))
			.query((rs, row) -> new Backlog(rs.getLong("due"), nullableInstant(rs, "oldest")))
			.single();
	}

	/**
	 * Takes up to {@code limit} due messages and reserves them until {@code leaseUntil}. Rows another
	 * instance is taking at the same moment are skipped ({@code SKIP LOCKED}); the lease keeps them
	 * reserved after this transaction commits. Call it inside a transaction.
	 */
	List<OutgoingMessage> take(Instant now, int limit, Instant leaseUntil) {
		List<UUID> ids = jdbc.sql("""
				SELECT id FROM notification_message
				WHERE status IN ('QUEUED', 'TEMPORARY_FAILURE') AND next_attempt_at <= :now
				  AND (lease_until IS NULL OR lease_until < :now)
				ORDER BY next_attempt_at
				FETCH FIRST :limit ROWS ONLY
				FOR UPDATE SKIP LOCKED""")
			.param("now", utc(now))
			.param("limit", limit)
			.query(UUID.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("UPDATE notification_message SET lease_until = :lease WHERE id IN (:ids)")
			.param("lease", utc(leaseUntil))
			.param("ids", ids)
			.update();
		return jdbc.sql("""
				SELECT id, notice, channel, recipient, recipient_secret, subject, body, attempts FROM notification_message
				WHERE id IN (:ids) ORDER BY next_attempt_at""")
			.param("ids", ids)
			.query((rs, row) -> new OutgoingMessage(rs.getObject("id", UUID.class),
					Notice.valueOf(rs.getString("notice")), NotificationChannel.valueOf(rs.getString("channel")),
					rs.getString("recipient"), rs.getBoolean("recipient_secret"), rs.getString("subject"),
					rs.getString("body"), rs.getInt("attempts")))
			.list();
	}

	void sent(UUID id, Instant now) {
		jdbc.sql("""
				UPDATE notification_message SET status = 'SENT', attempts = attempts + 1, sent_at = ?,
				    lease_until = NULL, last_error = NULL WHERE id = ?""")
			.params(utc(now), id)
			.update();
	}

	void failed(UUID id, MessageStatus status, Instant nextAttempt, String error) {
		jdbc.sql("""
				UPDATE notification_message SET status = ?, attempts = attempts + 1, next_attempt_at = ?,
				    lease_until = NULL, last_error = ? WHERE id = ?""")
			.params(status.name(), utc(nextAttempt), error.length() > 1000 ? error.substring(0, 1000) : error, id)
			.update();
	}

	/**
	 * Deletes up to {@code limit} messages queued before {@code cutoff} whose delivery is over (sent,
	 * or failed for good); the number deleted.
	 */
	int deleteDeliveredQueuedBefore(Instant cutoff, int limit) {
		return jdbc.sql("""
				DELETE FROM notification_message WHERE id IN (
				    SELECT id FROM notification_message
				    WHERE created_at < :cutoff AND status IN ('SENT', 'PERMANENT_FAILURE')
				    FETCH FIRST :limit ROWS ONLY)""")
			.param("cutoff", utc(cutoff))
			.param("limit", limit)
			.update();
	}

	/**
	 * Deletes the messages of these notices about these records (appointments, dossiers, petitions by their
	 * codes), whatever their delivery; the number deleted.
	 */
	int deleteOf(List<String> codes, List<Notice> notices) {
		return jdbc.sql("DELETE FROM notification_message WHERE record_code IN (:codes) AND notice IN (:notices)")
			.param("codes", codes)
			.param("notices", notices.stream().map(Notice::name).toList())
			.update();
	}

	/**
	 * Puts the recipient's messages back, in this order, without counting an attempt (the rate limit was
	 * reached), each for a slot of its own: the window after the {@code perRecipient}-th latest of the
	 * recipient's sends since {@code since}, the times the recipient's other waiting messages are due and
	 * the slots given to the messages before it. A waiting message so comes due alone when its slot frees,
	 * instead of all of them coming due at the first free slot and all but one being put back again (work
	 * in proportion to the backlog at every slot). One query and one batch, however many messages: a
	 * recipient flooded with notices (a business submitting hundreds of dossiers) cost three statements
	 * a message when each was put back on its own.
	 */
	void postponeInTurn(String recipient, List<UUID> ids, Instant since, Instant now,
			NotificationProperties.RateLimit limit) {
		List<Instant> latest = new ArrayList<>(jdbc.sql("""
				SELECT t FROM (
				    (SELECT sent_at AS t FROM notification_message
				     WHERE recipient = :recipient AND status = 'SENT' AND sent_at > :since
				     ORDER BY sent_at DESC FETCH FIRST :limit ROWS ONLY)
				    UNION ALL
				    (SELECT next_attempt_at AS t FROM notification_message
				     WHERE recipient = :recipient AND next_attempt_at > :now AND id NOT IN (:ids)
				       AND status IN ('QUEUED', 'TEMPORARY_FAILURE')
				     ORDER BY next_attempt_at DESC FETCH FIRST :limit ROWS ONLY)) taken
				ORDER BY t DESC FETCH FIRST :limit ROWS ONLY""")
			.param("recipient", recipient)
			.param("since", utc(since))
			.param("now", utc(now))
			.param("ids", ids)
			.param("limit", limit.perRecipient())
			.query((rs, row) -> instant(rs, "t"))
			.list());
		List<Object[]> slots = new ArrayList<>(ids.size());
		for (UUID id : ids) {
			// called with at least perRecipient sends in the window, so there are that many times
			Instant slot = latest.get(limit.perRecipient() - 1).plus(limit.window());
			latest.add(slot);
			latest.sort(Comparator.reverseOrder());
			latest.remove(latest.size() - 1);
			slots.add(new Object[] { utc(slot), id });
		}
		batches.batchUpdate("UPDATE notification_message SET next_attempt_at = ?, lease_until = NULL WHERE id = ?",
				slots);
	}

	/** How many messages were sent to that recipient after that instant. */
	int sentCount(String recipient, Instant since) {
		return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE recipient = ? AND status = 'SENT' AND sent_at > ?")
			.params(recipient, utc(since))
			.query(Integer.class)
			.single();
	}

	/** A failed message queued again, from a clean slate: the same row, so the same idempotency key. */
	boolean requeue(UUID id, Instant now) {
		return jdbc.sql("""
				UPDATE notification_message SET status = 'QUEUED', attempts = 0, next_attempt_at = ?,
				    lease_until = NULL WHERE id = ? AND status IN ('TEMPORARY_FAILURE', 'PERMANENT_FAILURE')""")
			.params(utc(now), id)
			.update() == 1;
	}

	Optional<NotificationMessage> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification_message WHERE id = ?")
			.param(id)
			.query(MessageQueue::message)
			.optional();
	}

	/** The newest messages, of one status or all, and of one dossier or all. */
	List<NotificationMessage> list(@Nullable MessageStatus status, @Nullable String recordCode, int page, int size) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM notification_message"
				+ " WHERE (CAST(:status AS VARCHAR) IS NULL OR status = :status)"
				+ " AND (CAST(:code AS VARCHAR) IS NULL OR record_code = :code)"
				+ " ORDER BY created_at DESC, id OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.param("status", status == null ? null : status.name())
			.param("code", recordCode)
			.param("offset", page * size)
			.param("size", size)
			.query(MessageQueue::message)
			.list();
	}

	long count(@Nullable MessageStatus status, @Nullable String recordCode) {
		return jdbc.sql("SELECT COUNT(*) FROM notification_message"
				+ " WHERE (CAST(:status AS VARCHAR) IS NULL OR status = :status)"
				+ " AND (CAST(:code AS VARCHAR) IS NULL OR record_code = :code)")
			.param("status", status == null ? null : status.name())
			.param("code", recordCode)
			.query(Long.class)
			.single();
	}

	/**
	 * A message for the administrators: a secret recipient, and the key in any message's link (a petition's
	 * reading key, an appointment's key), are redacted here, where the row is read, so that no page, API or audit entry built on it can show
	 * the address or the key (the worker reads its own columns in {@link #take}).
	 */
	private static NotificationMessage message(ResultSet rs, int row) throws SQLException {
		boolean secret = rs.getBoolean("recipient_secret");
		String recipient = rs.getString("recipient");
		String error = rs.getString("last_error");
		return new NotificationMessage(rs.getObject("id", UUID.class), Notice.valueOf(rs.getString("notice")),
				NotificationChannel.valueOf(rs.getString("channel")), secret ? null : recipient, secret,
				rs.getString("record_code"), rs.getString("language"), rs.getString("subject"),
				Withheld.readingKey(rs.getString("body")),
				MessageStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				secret && error != null ? Withheld.recipient(error, recipient, Withheld.MARK) : error,
				instant(rs, "created_at"),
				nullableInstant(rs, "sent_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
