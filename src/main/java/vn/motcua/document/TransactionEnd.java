package vn.motcua.document;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The end of the transaction a file was stored in. The rows that name the file are written in that
 * transaction, so the file must go when they are rolled back (decision 0023), and only then: a
 * commit whose outcome is unknown (the connection lost while committing) may have written them, and a
 * file no row names is a lesser harm than a row naming a file that is gone.
 */
final class TransactionEnd {

	/** Told once the transaction has ended. */
	interface Listener {

		/** @param rolledBack true only when the transaction certainly wrote nothing */
		void ended(boolean rolledBack);
	}

	private TransactionEnd() {
	}

	/**
	 * Whether a transaction is open that will say how it ended. Under {@code SUPPORTS} or
	 * {@code NOT_SUPPORTED} synchronization may be on without one (the intake stores its files there): each
	 * statement then commits alone and a "rollback" undoes none of them, so that counts as none.
	 */
	static boolean open() {
		return TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isSynchronizationActive();
	}

	/** Tells the listener how the open transaction ended (requires {@link #open()}). */
	static void whenEnded(Listener listener) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				listener.ended(status == STATUS_ROLLED_BACK);
			}
		});
	}
}
