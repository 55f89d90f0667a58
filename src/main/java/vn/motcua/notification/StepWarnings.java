package vn.motcua.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.motcua.dossier.StepDue;
import vn.motcua.dossier.WorkQueues;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.identity.AccountSummary;

/**
 * Warns the officers holding a step, by e-mail, a configured working time before the step is due
 * (legal-rules §2.5: a dossier that will be late needs its apology a working day ahead, so the
 * holder must know in time). One warning per holder, step and due time: the idempotency key makes
 * every later round, on any instance, queue nothing more; a due time moved by a pause warns again.
 */
@Component
class StepWarnings {

	/** Officers' notices are in Vietnamese: their accounts carry no language choice. */
	private static final String LANGUAGE = "vi";

	private final WorkQueues queues;
	private final AccountManagement accounts;
	private final NoticeSender sender;
	private final Templates templates;
	private final MessageQueue queue;
	private final NotificationProperties properties;
	private final Clock clock;

	StepWarnings(WorkQueues queues, AccountManagement accounts, NoticeSender sender, Templates templates,
			MessageQueue queue, NotificationProperties properties, Clock clock) {
		this.queues = queues;
		this.accounts = accounts;
		this.sender = sender;
		this.templates = templates;
		this.queue = queue;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues the warnings now due; returns how many were queued in this round. The holders' accounts
	 * and the template are read once a round, whatever the number of steps.
	 */
	int warnDue() {
		List<StepDue> due = queues.dueWithin(properties.stepWarning().before());
		if (due.isEmpty()) {
			return 0;
		}
		Map<UUID, AccountSummary> officers = accounts.summaries(
				due.stream().flatMap(step -> step.holders().stream()).distinct().toList());
		NotificationTemplate template = templates.find(Notice.STEP_DUE_SOON, NotificationChannel.EMAIL, LANGUAGE);
		int queued = 0;
		for (StepDue step : due) {
			for (UUID holder : step.holders()) {
				AccountSummary officer = officers.get(holder);
				if (officer != null && officer.state() != AccountState.DISABLED
						&& Recipients.isEmail(officer.email()) && queue.enqueue(message(step, officer, template), clock.instant())) {
					queued++;
				}
			}
		}
		return queued;
	}

	private QueuedMessage message(StepDue step, AccountSummary officer, NotificationTemplate template) {
		Map<String, String> values = Map.of("officer", officer.displayName(), "code", step.code(), "procedure",
				step.procedureName(), "step", step.stepName(), "appointment", Recipients.format(step.dueAt(), LANGUAGE),
				"link", sender.link("/work/dossiers/" + step.code()));
		String key = step.code() + "|" + Notice.STEP_DUE_SOON + "|" + step.position() + "@" + step.dueAt() + "|"
				+ officer.accountId() + "|";
		return sender.rendered(key, template, String.valueOf(officer.email()), false, officer.accountId(), step.code(),
				LANGUAGE, values);
	}
}
