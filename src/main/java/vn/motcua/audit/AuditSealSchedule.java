package vn.motcua.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Chains the waiting state changes every {@code motcua.audit.seal-delay} (two seconds unless set), on
 * every instance: they take turns on the chain head's lock, and reading the trail seals first anyway.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditSealSchedule {

	private final AuditTrail trail;

	AuditSealSchedule(AuditTrail trail) {
		this.trail = trail;
	}

	@Scheduled(initialDelayString = "${motcua.audit.seal-delay}", fixedDelayString = "${motcua.audit.seal-delay}")
	void seal() {
		trail.seal();
	}
}
