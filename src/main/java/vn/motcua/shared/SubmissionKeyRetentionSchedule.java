package vn.motcua.shared;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Deletes expired submission keys every {@code motcua.submission-keys.retention.interval}; safe on
 * every instance, since a key is deleted once whoever deletes it. Off with
 * {@code motcua.submission-keys.retention.enabled=false} (tests call {@link SubmissionKeyRetention}
 * themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.submission-keys.retention.enabled", havingValue = "true", matchIfMissing = true)
class SubmissionKeyRetentionSchedule {

	private final SubmissionKeyRetention retention;

	SubmissionKeyRetentionSchedule(SubmissionKeyRetention retention) {
		this.retention = retention;
	}

	@Scheduled(initialDelayString = "${motcua.submission-keys.retention.interval:PT6H}",
			fixedDelayString = "${motcua.submission-keys.retention.interval:PT6H}")
	void deleteExpired() {
		retention.deleteExpired();
	}
}
