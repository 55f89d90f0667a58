package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * What anyone holding a dossier's code may see of it: no personal data, only where it stands.
 * Times are Vietnam's local time. The reasons are the agency's decisions as the officer wrote them,
 * which the notice of each leads the applicant here to read, with the ID numbers, phone numbers and
 * e-mail addresses an officer may have typed hidden ({@link #withPersonalDataHidden}): anyone with the
 * code reads them, and the applicant reads them whole on their own page.
 *
 * @param refusalReason why the agency refused the dossier (at receipt or during processing); null when it
 *        was not refused
 * @param stopReason why the agency stopped processing it (dừng xử lý); null when it was not stopped
 */
public record DossierStatusView(String code, String procedureCode, String procedureName, DossierStatus status,
		LocalDateTime submittedAt, @Nullable LocalDateTime receivedAt, @Nullable LocalDateTime appointmentAt,
		@Nullable String refusalReason, @Nullable String stopReason) {

	/**
	 * The view from the dossier's row: a refusal during processing keeps its reason in a column of its own,
	 * a refusal at receipt and a stop only as the note of the final change ({@code endingNote}), as
	 * {@link Dossier#reasonForRefusal()} and {@link Dossier#reasonForStop()} read them.
	 */
	static DossierStatusView of(String code, String procedureCode, String procedureName, DossierStatus status,
			LocalDateTime submittedAt, @Nullable LocalDateTime receivedAt, @Nullable LocalDateTime appointmentAt,
			@Nullable String refusalReasonColumn, @Nullable String endingNote) {
		return new DossierStatusView(code, procedureCode, procedureName, status, submittedAt, receivedAt, appointmentAt,
				status == DossierStatus.NOT_RECEIVED ? endingNote : refusalReasonColumn,
				status == DossierStatus.STOPPED ? endingNote : null);
	}

	/** The view with the personal data in its reasons replaced by {@code hidden} ({@link PersonalData#mask}). */
	DossierStatusView withPersonalDataHidden(String hidden) {
		return new DossierStatusView(code, procedureCode, procedureName, status, submittedAt, receivedAt, appointmentAt,
				refusalReason == null ? null : PersonalData.mask(refusalReason, hidden),
				stopReason == null ? null : PersonalData.mask(stopReason, hidden));
	}
}
