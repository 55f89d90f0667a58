package vn.motcua.consultation;

import java.time.LocalDate;

import vn.motcua.shared.InvalidFieldException;

/** What an officer prepares or edits: the draft, for whom, and the period proposed. */
public record DraftContent(String title, DraftDocumentType documentType, String summary, String draftingUnit,
		ConsultationAudience audience, LocalDate opensOn, LocalDate closesOn) {

	static final int TITLE_LENGTH = 300;
	static final int SUMMARY_LENGTH = 4000;
	static final int UNIT_LENGTH = 300;

	/** @throws InvalidFieldException when a text is blank or too long, or the period ends before it starts */
	DraftContent checked() {
		Texts.required(title, TITLE_LENGTH, "title");
		Texts.required(summary, SUMMARY_LENGTH, "summary");
		Texts.required(draftingUnit, UNIT_LENGTH, "draftingUnit");
		if (closesOn.isBefore(opensOn)) {
			throw new InvalidFieldException("closesOn", "consultation.period.reversed");
		}
		return new DraftContent(title.strip(), documentType, summary.strip(), draftingUnit.strip(), audience, opensOn,
				closesOn);
	}

	ConsultationPeriod period() {
		return new ConsultationPeriod(opensOn, closesOn);
	}
}
