package vn.motcua.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Makes one transaction fail just before it commits, once all its work is done: the next transaction
 * that publishes an event the test chose, through a listener as the audit trail's (decision 0015).
 * Or makes its commit's outcome unknown: the work is committed, then the connection breaks before the
 * commit answers, as a network or a database restart can do; the transaction manager then cannot tell
 * whether it committed. A test imports it ({@code @Import(FailingCommits.class)}, a context of its own);
 * the application never has it.
 */
public class FailingCommits {

	/** What the refused commit throws. */
	public static final class CommitRefused extends RuntimeException {

		CommitRefused(Object event) {
			super("The test refused the commit of the transaction that published " + event.getClass().getSimpleName());
		}
	}

	private final DataSource dataSource;
	private final AtomicReference<Predicate<Object>> trap = new AtomicReference<>();
	private final AtomicBoolean losing = new AtomicBoolean();
	private final AtomicBoolean refused = new AtomicBoolean();

	public FailingCommits(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** The next transaction that publishes an event of this type fails before it commits. */
	public void failTheNextOn(Class<?> eventType) {
		failTheNextOn(eventType::isInstance);
	}

	/** The next transaction that publishes such an event fails before it commits. */
	public void failTheNextOn(Predicate<Object> event) {
		set(event, false);
	}

	/**
	 * The next transaction that publishes such an event commits, and its connection breaks before the
	 * commit answers: the caller gets the transaction manager's failure to commit, the outcome unknown
	 * ({@code STATUS_UNKNOWN} to the transaction's synchronizations), although its rows are written.
	 */
	public void loseTheNextCommitOn(Predicate<Object> event) {
		set(event, true);
	}

	private void set(Predicate<Object> event, boolean lose) {
		refused.set(false);
		losing.set(lose);
		trap.set(event);
	}

	/** Whether a commit was refused or lost since the trap was set: a test that expects a failure shows it came from here. */
	public boolean refused() {
		return refused.get();
	}

	/** Takes an unsprung trap away, so that it cannot fail another test's transaction. */
	public void reset() {
		trap.set(null);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void beforeCommit(Object event) {
		Object published = event instanceof PayloadApplicationEvent<?> payload ? payload.getPayload() : event;
		Predicate<Object> set = trap.get();
		if (set != null && set.test(published) && trap.compareAndSet(set, null)) {
			refused.set(true);
			if (!losing.get()) {
				throw new CommitRefused(published);
			}
			// once every listener has written its rows (they run before any transaction's beforeCompletion)
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCompletion() {
					commitAndBreak();
				}
			});
		}
	}

	/**
	 * Commits the transaction's work on its physical connection and closes that: the manager's own commit
	 * then fails. The pool is told to drop the connection (it does not know an H2 "closed" error as fatal):
	 * its own, inside the statement log's proxy that every {@code @WebTest} has.
	 */
	private void commitAndBreak() {
		try {
			Connection held = DataSourceUtils.getConnection(dataSource);
			Connection physical = held.unwrap(Connection.class);
			physical.commit();
			physical.close();
			dataSource.unwrap(HikariDataSource.class).evictConnection(StatementLog.pooled(held));
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot commit the work of the transaction whose commit the test loses", e);
		}
	}
}
