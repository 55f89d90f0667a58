package vn.motcua.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due messages: takes a batch (reserved by a lease), hands each to its channel, and
 * records the outcome. A temporary failure is tried again after a back-off that doubles; a
 * permanent one, or too many attempts, ends as a permanent failure. A recipient who already got
 * the rate limit's number of messages in the window waits, without losing an attempt: each waiting
 * message for a slot of its own ({@link MessageQueue#postponeInTurn}).
 */
@Component
class DeliveryWorker {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private final MessageQueue queue;
	private final Map<NotificationChannel, Channel> channels = new EnumMap<>(NotificationChannel.class);
	private final NotificationProperties properties;
	private final TransactionTemplate transactions;
	private final Clock clock;

	DeliveryWorker(MessageQueue queue, List<Channel> channels, NotificationProperties properties,
			TransactionTemplate transactions, Clock clock) {
		this.queue = queue;
		channels.forEach(channel -> this.channels.put(channel.kind(), channel));
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Delivers one batch of due messages; returns how many were taken. */
	int deliverDue() {
		Instant now = clock.instant();
		List<OutgoingMessage> taken = transactions.execute(status -> queue.take(now,
				properties.worker().batchSize(), now.plus(properties.worker().lease())));
		if (taken == null) {
			return 0;
		}
		// each recipient's messages together, in due order: the rate limit is read once a recipient
		Map<String, List<OutgoingMessage>> byRecipient = new LinkedHashMap<>();
		taken.forEach(message -> byRecipient.computeIfAbsent(message.recipient(), recipient -> new ArrayList<>())
			.add(message));
		byRecipient.forEach(this::deliverInTurn);
		return taken.size();
	}

	int batchSize() {
		return properties.worker().batchSize();
	}

	/** Delivers the recipient's messages while the rate limit allows, and puts the rest back. */
	private void deliverInTurn(String recipient, List<OutgoingMessage> messages) {
		NotificationProperties.RateLimit limit = properties.rateLimit();
		Instant since = clock.instant().minus(limit.window());
		int sent = queue.sentCount(recipient, since);
		for (int index = 0; index < messages.size(); index++) {
			if (sent >= limit.perRecipient()) {
				queue.postponeInTurn(recipient, messages.subList(index, messages.size()).stream()
					.map(OutgoingMessage::id).toList(), since, clock.instant(), limit);
				return;
			}
			if (deliver(messages.get(index))) {
				sent++;
			}
		}
	}

	/** Hands the message to its channel and records the outcome; true when it was sent. */
	private boolean deliver(OutgoingMessage message) {
		try {
			channels.get(message.channel()).deliver(message);
			queue.sent(message.id(), clock.instant());
			return true;
		}
		catch (DeliveryException e) {
			Instant now = clock.instant();
			int attempts = message.attempts() + 1;
			boolean giveUp = e.isPermanent() || attempts >= properties.retry().maxAttempts();
			log.warn("{} failed, attempt {}{}: {}", DeliveryLog.about(message), attempts, giveUp ? ", giving up" : "",
					DeliveryLog.error(message, e.getMessage()));
			if (giveUp) {
				queue.failed(message.id(), MessageStatus.PERMANENT_FAILURE, now, e.getMessage());
			}
			else {
				queue.failed(message.id(), MessageStatus.TEMPORARY_FAILURE,
						now.plus(properties.retry().backoffAfter(attempts)), e.getMessage());
			}
			return false;
		}
	}
}
