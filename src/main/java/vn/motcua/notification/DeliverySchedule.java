package vn.motcua.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the delivery worker every {@code motcua.notification.worker.delay} on every instance; the
 * worker's lease keeps instances from taking the same message. Off with
 * {@code motcua.notification.worker.enabled=false} (tests call the worker themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.notification.worker.enabled", havingValue = "true", matchIfMissing = true)
class DeliverySchedule {

	private final DeliveryWorker worker;

	DeliverySchedule(DeliveryWorker worker) {
		this.worker = worker;
	}

	@Scheduled(initialDelayString = "${motcua.notification.worker.delay:PT15S}",
			fixedDelayString = "${motcua.notification.worker.delay:PT15S}")
	void deliver() {
		while (worker.deliverDue() == worker.batchSize()) {
			// a full batch: more may be due
		}
	}
}
