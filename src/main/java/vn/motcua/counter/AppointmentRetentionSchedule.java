package vn.motcua.counter;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Clears the bookers' expired personal data every {@code motcua.counter.personal-data.interval}; safe on
 * every instance, since an appointment is cleared once whoever clears it. Off with
 * {@code motcua.counter.personal-data.clearing=false} (a legal hold; tests call {@link AppointmentRetention}
 * themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.counter.personal-data.clearing", havingValue = "true", matchIfMissing = true)
class AppointmentRetentionSchedule {

	private final AppointmentRetention retention;

	AppointmentRetentionSchedule(AppointmentRetention retention) {
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${motcua.counter.personal-data.interval:PT6H}",
			fixedDelayString = "${motcua.counter.personal-data.interval:PT6H}")
	void clearExpired() {
		retention.clearExpired();
	}
}
