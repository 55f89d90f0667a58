package vn.motcua.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired messages every {@code motcua.notification.retention.interval}; safe on every
 * instance, since a message is deleted once whoever deletes it. Off with
 * {@code motcua.notification.retention.enabled=false} (for a legal hold; tests call
 * {@link MessageRetention} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.notification.retention.enabled", havingValue = "true", matchIfMissing = true)
class MessageRetentionSchedule {

	private final MessageRetention retention;

	MessageRetentionSchedule(MessageRetention retention) {
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${motcua.notification.retention.interval:PT6H}",
			fixedDelayString = "${motcua.notification.retention.interval:PT6H}")
	void deleteExpired() {
		retention.deleteExpired();
	}
}
