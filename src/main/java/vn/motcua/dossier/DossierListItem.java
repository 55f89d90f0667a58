package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;
import vn.motcua.shared.VietnamTime;

/**
 * One line of a list of dossiers (the applicant's own, the desk's waiting ones): the dossier's own
 * columns only, read in one query for the whole list instead of loading every dossier whole.
 */
public record DossierListItem(String code, String procedureCode, String procedureName, String applicantName,
		Channel channel, DossierStatus status, Instant submittedAt, @Nullable LocalDateTime appointmentAt) {

	/** When it was submitted, in Vietnam's local time, as pages print it. */
	public LocalDateTime localSubmittedAt() {
		return LocalDateTime.ofInstant(submittedAt, VietnamTime.ZONE);
	}
}
