package vn.motcua.document;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.InstanceTurns;

/**
 * The turn, shared by every instance, in which a content-addressed file already on the disk is found
 * again by a writer or removed by the orphan-file sweep (decision 0038). Equal bytes are one file that
 * rows of several dossiers or versions may name: a writer on one instance that finds an old file no
 * row names yet must not see it removed by the sweep of another before its own row commits. The
 * writer holds the turn until its transaction ends, the sweep while it asks which files rows name and
 * removes the others; so the sweep sees the writer's row, or the writer finds the file gone and writes
 * it again.
 */
@Component
class ContentFileTurns implements FileStorage.FoundAgain {

	static final String WORK = "content-addressed-files";

	private final InstanceTurns turns;
	private final TransactionTemplate inTransaction;

	ContentFileTurns(InstanceTurns turns, PlatformTransactionManager transactions) {
		this.turns = turns;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/**
	 * In a transaction, the turn is held until it ends, through the commit of the row naming the file.
	 * Without one, only while the file is looked at and touched: the touch makes it young, and the sweep
	 * (which looks at a file's age in its turn) then spares it for the grace period, time enough for the
	 * caller's row.
	 */
	@Override
	public void inTurn(Runnable look) {
		if (TransactionEnd.open()) {
			turns.await(WORK);
			look.run();
		}
		else {
			inTransaction.executeWithoutResult(status -> {
				turns.await(WORK);
				look.run();
			});
		}
	}

	/** The sweep's turn, in its transaction; false at once while a writer holds it. */
	boolean tryTake() {
		return turns.tryTake(WORK);
	}
}
