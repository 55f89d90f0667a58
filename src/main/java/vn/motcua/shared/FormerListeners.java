package vn.motcua.shared;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publications that a listener which no longer exists left in the event publication registry (the
 * application stopped before it ran, then was upgraded). The registry only resubmits a publication
 * to a listener with the same id, so without this it would keep them for ever and the change would
 * never reach the module that listened. The module that removed the listener handles them in the
 * listener's place, once, at start-up.
 */
@Component
public class FormerListeners {

	private static final Logger log = LoggerFactory.getLogger(FormerListeners.class);

	private final EventPublicationRepository publications;
	private final TransactionTemplate transactions;
	private final Clock clock;

	FormerListeners(EventPublicationRepository publications, PlatformTransactionManager transactions, Clock clock) {
		this.publications = publications;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Hands the event of each incomplete publication whose listener id matches to the handler and
	 * completes the publication, both in one transaction. A publication the handler fails on is left
	 * for the next start and logged: it must not keep the application from starting.
	 *
	 * @return how many publications were handled
	 */
	public int handle(Predicate<String> formerListenerId, Consumer<Object> handler) {
		int handled = 0;
		for (TargetEventPublication publication : publications.findIncompletePublications()) {
			if (formerListenerId.test(publication.getTargetIdentifier().getValue())) {
				try {
					transactions.executeWithoutResult(status -> {
						handler.accept(publication.getEvent());
						publications.markCompleted(publication.getIdentifier(), clock.instant());
					});
					handled++;
				}
				catch (RuntimeException e) {
					log.error("Publication {} of the former listener {} is left for the next start",
							publication.getIdentifier(), publication.getTargetIdentifier().getValue(), e);
				}
			}
		}
		return handled;
	}
}
