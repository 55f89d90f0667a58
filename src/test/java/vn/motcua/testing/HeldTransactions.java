package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first of two racing transactions, held open: its work done, it waits to commit until the test has
 * seen the second wait for its locks or run through ({@link DatabaseRaces#awaitWaitingOrDone}). Registered
 * on a test class ({@code @RegisterExtension}), it lets every transaction it holds commit after each test,
 * whatever the test did, so that none holds its locks for the next one.
 */
public final class HeldTransactions implements AfterEachCallback {

	private final List<CountDownLatch> held = new CopyOnWriteArrayList<>();

	/**
	 * Runs the work as that user in a transaction of its own on another thread, and returns when the work
	 * is done and the transaction still open.
	 */
	public <T> Held<T> hold(TransactionTemplate transactions, String username, Supplier<T> work)
			throws InterruptedException {
		CountDownLatch done = new CountDownLatch(1);
		CountDownLatch commit = new CountDownLatch(1);
		held.add(commit);
		CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> DatabaseRaces.as(username,
				() -> transactions.execute(status -> {
					T value = work.get();
					done.countDown();
					DatabaseRaces.awaitQuietly(commit);
					return value;
				})));
		assertThat(done.await(30, TimeUnit.SECONDS)).as("the first transaction did its work").isTrue();
		return new Held<>(result, commit);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		held.forEach(CountDownLatch::countDown);
		held.clear();
	}

	/** A transaction held open by {@link #hold}. */
	public static final class Held<T> {

		private final CompletableFuture<T> result;
		private final CountDownLatch release;

		private Held(CompletableFuture<T> result, CountDownLatch release) {
			this.result = result;
			this.release = release;
		}

		/** What its work returns once it has committed. */
		public CompletableFuture<T> result() {
			return result;
		}

		/** Lets it commit, and returns what its work returned. */
		public T commit() throws Exception {
			release.countDown();
			return result.get(30, TimeUnit.SECONDS);
		}
	}
}
