package vn.motcua.dossier;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

import vn.motcua.catalog.Channel;
import vn.motcua.shared.PersonalData;

/**
 * One line of the dossier register (Sổ theo dõi hồ sơ, Mẫu 06). The dates of hand-over to the
 * processing unit and back are filled in by the processing of dossiers.
 */
public record RegisterRow(String code, String procedureName, int sets, String applicantName, String applicantAddress,
		String applicantPhone, String agencyCode, Channel channel, DossierStatus status, LocalDateTime submittedAt,
		@Nullable LocalDateTime receivedAt, @Nullable LocalDateTime appointmentAt,
		@Nullable LocalDateTime returnedAt) {

	/**
	 * The line as the People's Inspection Board reads it (decision 0031): the applicant's name, which
	 * its supervision needs; the address withheld and the phone with its middle withheld.
	 */
	public RegisterRow withContactsMasked() {
		return new RegisterRow(code, procedureName, sets, applicantName,
				applicantAddress.isBlank() ? applicantAddress : PersonalData.WITHHELD,
				applicantPhone.isBlank() ? applicantPhone : PersonalData.maskContact(applicantPhone), agencyCode,
				channel, status, submittedAt, receivedAt, appointmentAt, returnedAt);
	}
}
