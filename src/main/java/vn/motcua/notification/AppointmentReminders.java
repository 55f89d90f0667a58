package vn.motcua.notification;

import org.springframework.stereotype.Component;

import vn.motcua.counter.AppointmentContacts;

/**
 * Reminds the bookers of the appointments that start within the configured time (a day by default) of
 * their appointment, once each: the idempotency key of the notice makes every later round, on any
 * instance, queue nothing more. Whoever booked within that time of the start was told at the booking and
 * is not reminded.
 */
@Component
class AppointmentReminders {

	private final AppointmentContacts contacts;
	private final AppointmentNotices notices;
	private final NotificationProperties.AppointmentReminder settings;

	AppointmentReminders(AppointmentContacts contacts, AppointmentNotices notices, NotificationProperties properties) {
		this.contacts = contacts;
		this.notices = notices;
		this.settings = properties.appointmentReminder();
	}

	/** Queues the reminders now due (those queued in an earlier round are not queued again). */
	void remindDue() {
		contacts.startingWithin(settings.before()).forEach(notices::remind);
	}
}
