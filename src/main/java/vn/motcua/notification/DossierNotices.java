package vn.motcua.notification;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.catalog.Channel;
import vn.motcua.dossier.DossierApologized;
import vn.motcua.dossier.DossierContact;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * Turns the dossier's events into messages to its applicant, on each channel they want. The
 * messages are queued in the transaction of the change, just before it commits (decision 0015): a
 * change rolled back queues nothing, a committed one always has its messages, and the message table
 * is the outbox the delivery worker reads. The idempotency key makes a second call queue nothing
 * (an event a former outbox listener left, handed over at start-up by {@link FormerNoticeListeners}).
 */
@Component
class DossierNotices {

	private final DossierManagement dossiers;
	private final NoticeSender sender;

	DossierNotices(DossierManagement dossiers, NoticeSender sender) {
		this.dossiers = dossiers;
		this.sender = sender;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DossierStatusChanged event) {
		Notice notice = noticeOf(event);
		if (notice == null) {
			return;
		}
		dossiers.contact(event.dossierId()).ifPresent(dossier -> {
			if (notice == Notice.DOSSIER_SUBMITTED && dossier.channel() == Channel.COUNTER) {
				return; // handed in at the desk: the applicant is there and gets the slip
			}
			LocalDateTime appointment = notice == Notice.DOSSIER_ACCEPTED ? dossier.appointmentAt() : null;
			// a supplement may be requested twice (at receipt, during processing), fees more than once:
			// one message each
			String occurrence = notice == Notice.SUPPLEMENT_REQUESTED || notice == Notice.FEES_REQUESTED
					? event.occurredAt().truncatedTo(ChronoUnit.MILLIS).toString() : "once";
			send(notice, dossier, occurrence, event.note(), appointment);
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DossierApologized event) {
		dossiers.contact(event.dossierId())
			.ifPresent(dossier -> send(Notice.APOLOGY_ISSUED, dossier, "once", event.reason(), event.newAppointmentAt()));
	}

	/** The notice of a status change; none for changes within one status (hand-overs, an apology). */
	static @Nullable Notice noticeOf(DossierStatusChanged event) {
		if (event.previous() == event.status()) {
			return null;
		}
		return switch (event.status()) {
			case SUBMITTED -> event.previous() == null ? Notice.DOSSIER_SUBMITTED : null;
			case RECEIVED -> Notice.DOSSIER_ACCEPTED;
			case SUPPLEMENT_REQUESTED -> Notice.SUPPLEMENT_REQUESTED;
			case PAYMENT_REQUESTED -> Notice.FEES_REQUESTED;
			case STOPPED -> Notice.DOSSIER_STOPPED;
			case NOT_RECEIVED -> Notice.DOSSIER_REFUSED;
			// a refusal during processing is processed too (the written refusal is its result): told as a refusal
			case PROCESSED -> event.refused() ? Notice.DOSSIER_REFUSED : Notice.RESULT_READY;
			case RETURNED -> Notice.RESULT_RETURNED;
			default -> null;
		};
	}

	private void send(Notice notice, DossierContact dossier, String occurrence, @Nullable String reason,
			@Nullable LocalDateTime appointment) {
		String code = dossier.code();
		sender.send(notice, code + "|" + notice + "|" + occurrence + "|", code, dossier.accountId(),
				dossier.email(), dossier.phone(), false, null, (language, signedIn) -> {
					Map<String, String> values = new HashMap<>();
					values.put("applicant", dossier.applicantName());
					values.put("code", code);
					values.put("procedure", dossier.procedureName());
					values.put("reason", reason == null ? "" : reason);
					values.put("appointment", appointment == null ? "" : Recipients.format(appointment, language));
					values.put("link", sender.link(signedIn ? "/my/dossiers/" + code : "/dossiers/" + code + "/status"));
					return values;
				});
	}
}
