package vn.motcua.notification;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.StepDue;
import vn.motcua.dossier.WorkQueues;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;

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
	private final Templates templates;
	private final MessageQueue queue;
	private final NotificationProperties properties;
	private final Clock clock;
	private final String baseUrl;

	StepWarnings(WorkQueues queues, AccountManagement accounts, Templates templates, MessageQueue queue,
			NotificationProperties properties, Clock clock,
			@Value("${motcua.site.base-url:http://localhost:8080}") String baseUrl) {
		this.queues = queues;
		this.accounts = accounts;
		this.templates = templates;
		this.queue = queue;
		this.properties = properties;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Queues the warnings now due; returns how many were queued in this round. */
	int warnDue() {
		int queued = 0;
		for (StepDue step : queues.dueWithin(properties.stepWarning().before())) {
			for (Account officer : accounts.findAllById(step.holders())) {
				if (officer.enabled() && Recipients.isEmail(officer.email()) && queue.enqueue(message(step, officer),
						clock.instant())) {
					queued++;
				}
			}
		}
		return queued;
	}

	private QueuedMessage message(StepDue step, Account officer) {
		Map<String, String> values = Map.of("officer", officer.displayName(), "code", step.code(), "procedure",
				step.procedureName(), "step", step.stepName(), "appointment", Recipients.format(step.dueAt(), LANGUAGE),
				"link", baseUrl + "/work/dossiers/" + step.code());
		NotificationTemplate template = templates.find(Notice.STEP_DUE_SOON, NotificationChannel.EMAIL, LANGUAGE);
		String key = step.code() + "|" + Notice.STEP_DUE_SOON + "|" + step.position() + "@" + step.dueAt() + "|"
				+ officer.id() + "|" + NotificationChannel.EMAIL;
		return new QueuedMessage(key, Notice.STEP_DUE_SOON, NotificationChannel.EMAIL,
				String.valueOf(officer.email()).trim(), officer.id(), step.code(), LANGUAGE,
				template.subject() == null ? null : Templates.render(template.subject(), values),
				Templates.render(template.body(), values));
	}
}
