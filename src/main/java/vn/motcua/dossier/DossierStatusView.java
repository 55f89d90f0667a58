package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What anyone holding a dossier's code may see of it: no personal data, only where it stands.
 * Times are Vietnam's local time.
 *
 * @param refusalReason why the agency refused the dossier (at receipt or during processing), which the
 *        notice of the refusal leads its applicant here to read; null when it was not refused
 */
public record DossierStatusView(String code, String procedureCode, String procedureName, DossierStatus status,
		LocalDateTime submittedAt, @Nullable LocalDateTime receivedAt, @Nullable LocalDateTime appointmentAt,
		@Nullable String refusalReason) {
}
