package vn.motcua.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.shared.AuditableEvent;

/**
 * Records every module's state changes, in the transaction that makes the change, just before it
 * commits: a change that commits is recorded with it, a change that rolls back never is. The entry
 * waits in {@code audit_pending} without a lock and is chained by {@link AuditTrail#seal()} a moment
 * later; holding the chain head's lock through every change's commit let one change commit at a time
 * across the system (decision 0008). A change made outside any transaction is chained at once, in a
 * transaction of its own.
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
