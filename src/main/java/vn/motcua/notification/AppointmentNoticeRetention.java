package vn.motcua.notification;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.counter.AppointmentPersonalDataCleared;

/**
 * The messages to the bookers of appointments hold their name, phone and e-mail, and go when the counter
 * clears them from the appointment (30 days after it, decision 0037), in the clearing's transaction, rather
 * than after the messages' own retention (180 days): a copy kept longer than the record it was made from
 * would defeat the record's retention. By then their delivery is over or pointless, whatever its state. A
 * legal hold on the messages ({@code motcua.notification.retention.enabled=false}) keeps them.
 */
@Component
class AppointmentNoticeRetention {

	private static final List<Notice> APPOINTMENT_NOTICES = List.of(Notice.APPOINTMENT_BOOKED, Notice.APPOINTMENT_REMINDER,
			Notice.APPOINTMENT_CANCELLED, Notice.APPOINTMENT_LINK);

	private final MessageQueue queue;
	private final boolean deleting;

	AppointmentNoticeRetention(MessageQueue queue, NotificationProperties properties) {
		this.queue = queue;
		this.deleting = properties.retention().enabled();
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AppointmentPersonalDataCleared cleared) {
		if (deleting) {
			queue.deleteOf(cleared.codes(), APPOINTMENT_NOTICES);
		}
	}
}
