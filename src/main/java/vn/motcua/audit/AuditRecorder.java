package vn.motcua.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.shared.AuditableEvent;

/**
 * Records every module's state changes, in the transaction that makes the change, just before it
 * commits: a change that commits is recorded with it, a change that rolls back never is, and the
 * chain's lock is held only while the transaction commits. (The entry used to be appended after the
 * commit through the event publication registry, which cost every change a publication row written
 * and deleted and two more transactions; decision 0008.) A change made outside any transaction is
 * recorded at once, in a transaction of its own.
 */
@Component
class AuditRecorder {

	private final AuditTrail trail;

	AuditRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AuditableEvent event) {
		trail.record(event);
	}
}
