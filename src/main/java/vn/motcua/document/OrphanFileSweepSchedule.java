package vn.motcua.document;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sweeps the stored files no row names every {@code motcua.files.sweep.interval}. Every instance runs
 * the schedule; the one that comes first in each interval sweeps (decision 0038). Off with
 * {@code motcua.files.sweep.enabled=false} (tests call {@link OrphanFileSweep} themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.files.sweep.enabled", havingValue = "true", matchIfMissing = true)
class OrphanFileSweepSchedule {

	private final OrphanFileSweep sweep;

	OrphanFileSweepSchedule(OrphanFileSweep sweep) {
		this.sweep = sweep;
	}

	@Scheduled(initialDelayString = "${motcua.files.sweep.interval:P1D}",
			fixedDelayString = "${motcua.files.sweep.interval:P1D}")
	void sweep() {
		sweep.sweepInTurn();
	}
}
