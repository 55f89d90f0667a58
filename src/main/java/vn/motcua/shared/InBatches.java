package vn.motcua.shared;

import java.util.function.IntSupplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes old rows a batch at a time, each batch a transaction of its own, so that a first run over
 * years of rows never holds one long transaction or lock.
 */
public final class InBatches {

	private InBatches() {
	}

	/**
	 * Runs the batch, each time in a new transaction, until it deletes fewer rows than a full batch.
	 *
	 * @param batch deletes at most batchSize rows (and records its audit entry); the number deleted
	 * @return the number deleted in all
	 */
	public static int deleteAll(TransactionTemplate inTransaction, int batchSize, IntSupplier batch) {
		int total = 0;
		int deleted;
		do {
			Integer done = inTransaction.execute(status -> batch.getAsInt());
			deleted = done == null ? 0 : done;
			total += deleted;
		}
		while (deleted == batchSize);
		return total;
	}
}
