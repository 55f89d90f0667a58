package vn.motcua.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Looks for appointments at the counter to remind every {@code motcua.notification.appointment-reminder.interval};
 * safe on every instance, since a reminder is queued once whoever queues it. Off with
 * {@code motcua.notification.appointment-reminder.enabled=false} (tests call {@link AppointmentReminders}
 * themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "motcua.notification.appointment-reminder.enabled", havingValue = "true",
		matchIfMissing = true)
class AppointmentReminderSchedule {

	private final AppointmentReminders reminders;

	AppointmentReminderSchedule(AppointmentReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(initialDelayString = "${motcua.notification.appointment-reminder.interval:PT15M}",
			fixedDelayString = "${motcua.notification.appointment-reminder.interval:PT15M}")
	void remind() {
		reminders.remindDue();
	}
}
