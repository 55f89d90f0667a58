package vn.motcua.document;

import java.util.List;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A transaction as a store sees it, without a database: work runs as if in an open transaction, and
 * the test ends it later with the outcome it chooses, so that the ends of several can be interleaved
 * at will.
 */
final class PendingTransaction {

	private final List<TransactionSynchronization> synchronizations;

	private PendingTransaction(List<TransactionSynchronization> synchronizations) {
		this.synchronizations = synchronizations;
	}

	/** Runs the work as in an open transaction, which stays open until {@link #end} is called. */
	static PendingTransaction running(Runnable work) {
		TransactionSynchronizationManager.initSynchronization();
		TransactionSynchronizationManager.setActualTransactionActive(true);
		try {
			work.run();
			return new PendingTransaction(TransactionSynchronizationManager.getSynchronizations());
		}
		finally {
			TransactionSynchronizationManager.clear();
		}
	}

	/** Ends it as a transaction manager would, with {@code TransactionSynchronization.STATUS_*}. */
	void end(int status) {
		synchronizations.forEach(synchronization -> synchronization.afterCompletion(status));
	}
}
