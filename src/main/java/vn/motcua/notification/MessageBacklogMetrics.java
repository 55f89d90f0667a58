package vn.motcua.notification;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import vn.motcua.shared.Backlog;

/**
 * The e-mails and SMS due to be sent, as metrics ({@code motcua_notification_due_messages},
 * {@code motcua_notification_due_oldest_seconds}): the worker takes them every 15 seconds unless set,
 * so both stay low; growing, they say delivery stopped or is behind (docs/operations.md).
 */
@Component
class MessageBacklogMetrics implements MeterBinder {

	private final MessageQueue queue;
	private final Clock clock;

	MessageBacklogMetrics(MessageQueue queue, Clock clock) {
		this.queue = queue;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Backlog.register(registry, "motcua.notification.due", "messages",
				"Notices due to be sent or tried again", () -> queue.dueBacklog(clock.instant()), clock);
	}
}
