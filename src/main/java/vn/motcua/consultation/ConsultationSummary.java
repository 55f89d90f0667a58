package vn.motcua.consultation;

import java.time.LocalDate;
import java.util.UUID;

/** A line of a list of consultations, with its agency's code and how many comments it has. */
public record ConsultationSummary(UUID id, String agencyCode, String title, DraftDocumentType documentType,
		ConsultationAudience audience, ConsultationStatus status, LocalDate opensOn, LocalDate closesOn,
		long comments) {

	public ConsultationPeriod period() {
		return new ConsultationPeriod(opensOn, closesOn);
	}
}
