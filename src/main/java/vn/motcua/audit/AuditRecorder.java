package vn.motcua.audit;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import vn.motcua.shared.AuditableEvent;

/**
 * Records every module's state changes. The event publication registry keeps each event until this
 * listener has run, so a change that commits is recorded even across a crash, and a change that
 * rolls back never is.
 */
@Component
class AuditRecorder {

	private final AuditTrail trail;

	AuditRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Runs outside any transaction of its own: the trail appends in a short transaction that holds
	 * the chain's lock only for the append. The fixed id keeps pending publications valid when this
	 * class is renamed.
	 */
	@ApplicationModuleListener(id = "audit.trail", propagation = Propagation.NOT_SUPPORTED)
	void on(AuditableEvent event) {
		trail.append(event);
	}
}
