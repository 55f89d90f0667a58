package vn.motcua.consultation;

import java.time.LocalDate;
import java.util.UUID;

/** A line of a list of consultations, with how many comments it has. */
public record ConsultationSummary(UUID id, String title, DraftDocumentType documentType,
		ConsultationAudience audience, ConsultationStatus status, LocalDate opensOn, LocalDate closesOn,
		long comments) {

	public ConsultationPeriod period() {
		return new ConsultationPeriod(opensOn, closesOn);
	}
}
