package vn.motcua.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns the instances of one installation take at a piece of work that must not run on two of them at
 * once (decision 0038): a row of {@code instance_turn} per piece of work, locked for update by the
 * transaction that holds the turn, until it ends. The database every instance shares is the lock, as
 * the notification worker's leases are (decision 0010), without ShedLock. Call each method inside a
 * transaction.
 */
@Component
public class InstanceTurns {

	private final JdbcClient jdbc;

	InstanceTurns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits until no other transaction holds the turn, and holds it until this one ends. */
	public void await(String work) {
		add(work);
		jdbc.sql("SELECT name FROM instance_turn WHERE name = ? FOR UPDATE").param(work).query(String.class).single();
	}

	/** Holds the turn until this transaction ends, unless another transaction holds it: then at once false. */
	public boolean tryTake(String work) {
		add(work);
		return jdbc.sql("SELECT name FROM instance_turn WHERE name = ? FOR UPDATE SKIP LOCKED")
			.param(work)
			.query(String.class)
			.optional()
			.isPresent();
	}

	/**
	 * Holds the turn, as {@link #tryTake}, and records {@code now} as when it was taken, unless a turn at
	 * the work was taken after {@code since}: a scheduled job that every instance runs then runs once in
	 * that while, on whichever instance comes first.
	 */
	public boolean takeUnlessTakenSince(String work, Instant since, Instant now) {
		return tryTake(work) && jdbc.sql("""
				UPDATE instance_turn SET taken_at = :now WHERE name = :name AND (taken_at IS NULL OR taken_at <= :since)""")
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("name", work)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.update() == 1;
	}

	/**
	 * The row of a piece of work, added the first time. Looked for without a lock first: a transaction
	 * holding the row makes an insert of the same key wait on H2 even when it would do nothing.
	 */
	private void add(String work) {
		if (jdbc.sql("SELECT COUNT(*) FROM instance_turn WHERE name = ?").param(work).query(Long.class).single() == 0) {
			jdbc.sql("INSERT INTO instance_turn (name) VALUES (?) ON CONFLICT DO NOTHING").param(work).update();
		}
	}
}
