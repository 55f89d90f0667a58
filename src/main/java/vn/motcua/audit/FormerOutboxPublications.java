package vn.motcua.audit;

import java.time.Clock;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.AuditableEvent;

/**
 * The audit trail used to be fed through the event publication registry, by a listener with the id
 * {@code audit.trail}. A database upgraded from that time may still hold publications that listener
 * had not processed when the application stopped; no listener carries the id any more, so the
 * registry would keep them for ever and the changes would never be recorded. At start-up each is
 * appended to the trail and its publication completed, in one transaction.
 */
@Component
class FormerOutboxPublications {

	static final PublicationTargetIdentifier FORMER_LISTENER = PublicationTargetIdentifier.of("audit.trail");

	private final EventPublicationRepository publications;
	private final AuditTrail trail;
	private final TransactionTemplate transactions;
	private final Clock clock;

	FormerOutboxPublications(EventPublicationRepository publications, AuditTrail trail,
			PlatformTransactionManager transactions, Clock clock) {
		this.publications = publications;
		this.trail = trail;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** @return how many changes were recorded */
	@EventListener(ApplicationReadyEvent.class)
	int record() {
		int recorded = 0;
		for (TargetEventPublication publication : publications.findIncompletePublications()) {
			if (publication.isIdentifiedBy(FORMER_LISTENER) && publication.getEvent() instanceof AuditableEvent change) {
				transactions.executeWithoutResult(status -> {
					trail.record(change);
					publications.markCompleted(publication.getIdentifier(), clock.instant());
				});
				recorded++;
			}
		}
		return recorded;
	}
}
