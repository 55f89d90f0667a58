package vn.motcua.testing;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * For tests that stage a race between two transactions, where a pending insert's or a locked row's
 * lock makes the second one wait and the moment it waits can be observed (on PostgreSQL; a row locked
 * by {@code SELECT ... FOR UPDATE} on H2 too).
 */
public final class DatabaseRaces {

	private DatabaseRaces() {
	}

	public static boolean onPostgreSql(JdbcTemplate jdbc) {
		return Boolean.TRUE.equals(jdbc.execute(
				(Connection connection) -> connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")));
	}

	/** Whether a session of this database (PostgreSQL or H2) waits for a lock another transaction holds. */
	public static boolean aSessionWaitsForALock(JdbcTemplate jdbc) {
		Long waiting = jdbc.queryForObject(onPostgreSql(jdbc)
				? "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
				: "SELECT COUNT(*) FROM information_schema.sessions WHERE blocker_id IS NOT NULL", Long.class);
		return waiting != null && waiting > 0;
	}

	/**
	 * Waits until the second of two racing transactions either waits for the first's lock (what a fix
	 * makes it do) or has run through without it (what the assertions after then catch).
	 */
	public static void awaitWaitingOrDone(JdbcTemplate jdbc, Future<?> second) {
		await().atMost(Duration.ofSeconds(30)).until(() -> second.isDone() || aSessionWaitsForALock(jdbc));
	}

	/** Runs the work signed in as that user on this thread, as a request would be. */
	public static <T> T as(String username, Supplier<T> work) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Waits at most 30 s for the latch, inside a transaction that must then end anyway. */
	public static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
