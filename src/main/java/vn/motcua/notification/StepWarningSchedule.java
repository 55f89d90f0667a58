package vn.motcua.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for steps coming due every {@code motcua.notification.step-warning.interval}; safe on every
 * instance, since a warning is queued once whoever queues it. Off with
 * {@code motcua.notification.step-warning.enabled=false} (tests call {@link StepWarnings} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.notification.step-warning.enabled", havingValue = "true")
class StepWarningSchedule {

	private final StepWarnings warnings;

	StepWarningSchedule(StepWarnings warnings) {
		this.warnings = warnings;
	}

	@Scheduled(initialDelayString = "${motcua.notification.step-warning.interval:PT15M}",
			fixedDelayString = "${motcua.notification.step-warning.interval:PT15M}")
	void warn() {
		warnings.warnDue();
	}
}
