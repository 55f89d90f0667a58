package vn.motcua.audit;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AuditableEvent;
import vn.motcua.shared.FormerListeners;

/**
 * The audit trail used to be fed through the event publication registry, by a listener with the id
 * {@code audit.trail} (decision 0008). What it had not processed when the application stopped is
 * appended at start-up.
 */
@Component
class FormerOutboxPublications {

	static final String FORMER_LISTENER = "audit.trail";

	private final FormerListeners formerListeners;
	private final AuditTrail trail;

	FormerOutboxPublications(FormerListeners formerListeners, AuditTrail trail) {
		this.formerListeners = formerListeners;
		this.trail = trail;
	}

	/** @return how many changes were recorded */
	@EventListener(ApplicationReadyEvent.class)
	int record() {
		return formerListeners.handle(FORMER_LISTENER::equals, change -> trail.record((AuditableEvent) change));
	}
}
