package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnamTime;

/**
 * Whether a received dossier kept its deadline (legal-rules §2.4): its end is the first of
 * "processed", "returned", "stopped" or "withdrawn"; a dossier waiting for documents ends when they
 * were asked for; pauses already moved the appointment; more than one request for documents makes
 * it late whatever the dates.
 */
final class DossierTimeliness {

	private DossierTimeliness() {
	}

	/** The timeliness of a dossier that has ended, if it has. */
	static Optional<Timeliness> finished(Dossier dossier, WorkingCalendar calendar) {
		if (dossier.appointmentAt() == null) {
			return Optional.empty();
		}
		return end(dossier).map(end -> dossier.supplementRequestsDuringProcessing() > 1 ? Timeliness.LATE
				: calendar.timeliness(LocalDateTime.ofInstant(end, VietnamTime.ZONE), dossier.appointmentAt()));
	}

	/** Where a dossier still open at the cut-off stands against its appointment. */
	static Optional<OpenTimeliness> open(Dossier dossier, Instant cutOff, WorkingCalendar calendar) {
		if (dossier.appointmentAt() == null || end(dossier).isPresent()) {
			return Optional.empty();
		}
		if (dossier.supplementRequestsDuringProcessing() > 1) {
			return Optional.of(OpenTimeliness.OVERDUE);
		}
		return Optional.of(calendar.openTimeliness(LocalDateTime.ofInstant(cutOff, VietnamTime.ZONE),
				dossier.appointmentAt()));
	}

	private static Optional<Instant> end(Dossier dossier) {
		for (DossierStatus ending : new DossierStatus[] { DossierStatus.PROCESSED, DossierStatus.RETURNED,
				DossierStatus.STOPPED, DossierStatus.WITHDRAWN }) {
			Optional<Instant> at = dossier.lastEntered(ending);
			if (at.isPresent()) {
				return at;
			}
		}
		if (dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
			return dossier.lastEntered(DossierStatus.SUPPLEMENT_REQUESTED);
		}
		return Optional.empty();
	}
}
