package vn.motcua.notification;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InBatches;

/**
 * Deletes the messages whose delivery is over once the retention period has passed since they were
 * queued (personal data kept no longer than its purpose, docs/operations.md), a batch at a time,
 * each with its audit entry.
 */
@Component
class MessageRetention {

	private final MessageQueue queue;
	private final NotificationProperties.Retention retention;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	MessageRetention(MessageQueue queue, NotificationProperties properties, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions) {
		this.queue = queue;
		this.retention = properties.retention();
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/** Deletes every message past its retention; the number deleted. */
	int deleteExpired() {
		Instant now = clock.instant();
		Instant cutoff = now.minus(retention.period());
		return InBatches.deleteAll(inTransaction, retention.batchSize(), () -> deleteBatch(cutoff, now));
	}

	private int deleteBatch(Instant cutoff, Instant now) {
		int deleted = queue.deleteDeliveredQueuedBefore(cutoff, retention.batchSize());
		if (deleted > 0) {
			events.publishEvent(new NotificationChanged(Actor.SYSTEM, now, "notification.messages.deleted",
					"NotificationMessage", "queued-before-" + cutoff,
					deleted + " delivered or failed messages queued before " + cutoff + " deleted after "
							+ retention.period().toDays() + " days"));
		}
		return deleted;
	}
}
