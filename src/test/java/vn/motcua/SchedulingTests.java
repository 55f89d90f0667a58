package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import vn.motcua.testing.WebTest;

/**
 * Every scheduled job has a thread of its own, so that a long run of one never holds up another: with
 * a single thread, notice delivery rounds under load kept the audit seal from running, and the state
 * changes waiting for the chain grew without end.
 */
@WebTest
class SchedulingTests {

	@Autowired
	List<ScheduledTaskHolder> holders;

	@Autowired
	ThreadPoolTaskScheduler scheduler;

	@Test
	void eachScheduledJobHasAThreadOfItsOwn() {
		Set<String> jobs = holders.stream().flatMap(holder -> holder.getScheduledTasks().stream())
			.map(ScheduledTask::toString).collect(Collectors.toSet());

		// the tests turn notice delivery, step warnings, appointment reminders and the clearing of the bookers'
		// data off: four more in production
		assertThat(jobs).as("the scheduled jobs").contains("vn.motcua.audit.AuditSealSchedule.seal");
		assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).as("threads for %s and the four turned off", jobs)
			.isGreaterThanOrEqualTo(jobs.size() + 4);
	}
}
