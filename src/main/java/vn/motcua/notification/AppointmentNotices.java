package vn.motcua.notification;

import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.counter.AppointmentChanged;
import vn.motcua.counter.AppointmentContact;
import vn.motcua.counter.AppointmentContacts;

/**
 * Tells the booker of an appointment at the counter its code, time and place and the link that reads or
 * cancels it, by e-mail and SMS as they gave them, queued in the transaction of the change just before it
 * commits (decision 0015: a booking rolled back queues nothing): when they book, when it is cancelled, and
 * when they ask for its link again; and, the day before, reminds them ({@link #remind}). The event names the
 * appointment only: the contact is read from the counter when the message is queued. The bookers have no
 * account: their notices are in the language of the pages they booked on, on both channels.
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
		switch (changed.change()) {
			case AppointmentChanged.BOOKED -> contacts.booked(changed.code())
				.ifPresent(booked -> send(Notice.APPOINTMENT_BOOKED, "once", booked));
			case AppointmentChanged.CANCELLED -> contacts.cancelled(changed.code())
				.ifPresent(cancelled -> send(Notice.APPOINTMENT_CANCELLED, "once", cancelled));
			// asked again and again, the link goes out at most once an hour: no flood of messages to the booker
			case AppointmentChanged.LINK_SENT -> contacts.booked(changed.code()).ifPresent(booked -> send(
					Notice.APPOINTMENT_LINK, changed.occurredAt().truncatedTo(ChronoUnit.HOURS).toString(), booked));
			default -> {
				// another change tells the booker nothing
			}
		}
	}

	/** The reminder of the appointment; once, whoever and however often asks (its idempotency key). */
	void remind(AppointmentContact booked) {
		send(Notice.APPOINTMENT_REMINDER, "once", booked);
	}

	/** @param occurrence what tells one sending of the notice from another (a booking's time is fixed: once) */
	private void send(Notice notice, String occurrence, AppointmentContact booked) {
		String code = booked.code();
		sender.send(notice, code + "|" + notice + "|" + occurrence + "|", code, null, booked.email(), booked.phone(),
				false, booked.language(), (language, signedIn) -> Map.of("applicant", booked.name(), "code", code,
						"appointment", Recipients.format(booked.startsAt(), language), "place", booked.place(), "link",
						sender.link(booked.path())));
	}
}
