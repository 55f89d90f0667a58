package vn.motcua.testing;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes one transaction fail just before it commits, once all its work is done: the next transaction
 * that publishes an event the test chose, through a listener as the audit trail's (decision 0015).
 * A test imports it ({@code @Import(FailingCommits.class)}, a context of its own); the application never
 * has it.
 */
public class FailingCommits {

	/** What the refused commit throws. */
	public static final class CommitRefused extends RuntimeException {

		CommitRefused(Object event) {
			super("The test refused the commit of the transaction that published " + event.getClass().getSimpleName());
		}
	}

	private final AtomicReference<Predicate<Object>> trap = new AtomicReference<>();
	private final AtomicBoolean refused = new AtomicBoolean();

	/** The next transaction that publishes an event of this type fails before it commits. */
	public void failTheNextOn(Class<?> eventType) {
		failTheNextOn(eventType::isInstance);
	}

	/** The next transaction that publishes such an event fails before it commits. */
	public void failTheNextOn(Predicate<Object> event) {
		refused.set(false);
		trap.set(event);
	}

	/** Whether a commit was refused since the trap was set: a test that expects a failure shows it came from here. */
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
			throw new CommitRefused(published);
		}
	}
}
