package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;

/**
 * One line of the dossier register (Sổ theo dõi hồ sơ, Mẫu 06). The dates of hand-over to the
 * processing unit and back are filled in by the processing of dossiers.
 */
public record RegisterRow(String code, String procedureName, int sets, String applicantName, String applicantAddress,
		String applicantPhone, String agencyCode, Channel channel, DossierStatus status, LocalDateTime submittedAt,
		@Nullable LocalDateTime receivedAt, @Nullable LocalDateTime appointmentAt,
		@Nullable LocalDateTime returnedAt) {
}
