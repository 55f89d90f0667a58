package vn.motcua.testing;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many publications the event publication registry stores for one listener when an event is
 * published: the event is published in a transaction that is rolled back, and the registry's rows
 * are counted inside it, so nothing is left behind and no listener runs.
 */
public final class StoredPublications {

	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final JdbcClient jdbc;

	public StoredPublications(ApplicationEventPublisher events, TransactionTemplate transactions, JdbcClient jdbc) {
		this.events = events;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** @param marker a text only this event's serialized form contains */
	public long storedFor(String listenerId, Object event, String marker) {
		Long count = transactions.execute(transaction -> {
			events.publishEvent(event);
			transaction.setRollbackOnly();
			return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?")
				.param(listenerId)
				.param("%" + marker + "%")
				.query(Long.class)
				.single();
		});
		return count == null ? 0 : count;
	}
}
