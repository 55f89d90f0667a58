package vn.motcua.notification;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.counter.AppointmentChanged;
import vn.motcua.counter.AppointmentContact;
import vn.motcua.counter.AppointmentContacts;

/**
 * Tells the booker of an appointment at the counter its code, time and place and the link that reads or
 * cancels it, by e-mail and SMS as they gave them, queued in the booking's transaction just before it
 * commits (decision 0015: a booking rolled back queues nothing); and, the day before, reminds them
 * ({@link #remind}). The event names the appointment only: the contact is read from the counter when the
 * message is queued. The bookers have no account: their notices are in Vietnamese, on both channels.
 */
@Component
class AppointmentNotices {

	private final AppointmentContacts contacts;
	private final NoticeSender sender;

	AppointmentNotices(AppointmentContacts contacts, NoticeSender sender) {
		this.contacts = contacts;
		this.sender = sender;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AppointmentChanged changed) {
		if ("booked".equals(changed.change())) {
			contacts.booked(changed.code()).ifPresent(booked -> send(Notice.APPOINTMENT_BOOKED, booked));
		}
	}

	/** The reminder of the appointment; once, whoever and however often asks (its idempotency key). */
	void remind(AppointmentContact booked) {
		send(Notice.APPOINTMENT_REMINDER, booked);
	}

	private void send(Notice notice, AppointmentContact booked) {
		String code = booked.code();
		// a booking's time is fixed: one notice of each kind per appointment
		sender.send(notice, code + "|" + notice + "|once|", code, null, booked.email(), booked.phone(), false,
				(language, signedIn) -> Map.of("applicant", booked.name(), "code", code, "appointment",
						Recipients.format(booked.startsAt(), language), "place", booked.place(), "link",
						sender.link(booked.path())));
	}
}
