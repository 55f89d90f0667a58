package vn.motcua.consultation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationAudience;
import vn.motcua.consultation.DraftContent;
import vn.motcua.consultation.DraftDocumentType;

/** The officer's form of a draft put out for comment; the draft files come as parts of their own. */
public class DraftForm {

	private String title = "";
	private DraftDocumentType documentType = DraftDocumentType.DECISION;
	private String summary = "";
	private String draftingUnit = "";
	private ConsultationAudience audience = ConsultationAudience.PUBLIC;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate opensOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate closesOn;

	static DraftForm of(Consultation consultation) {
		DraftForm form = new DraftForm();
		form.title = consultation.title();
		form.documentType = consultation.documentType();
		form.summary = consultation.summary();
		form.draftingUnit = consultation.draftingUnit();
		form.audience = consultation.audience();
		form.opensOn = consultation.opensOn();
		form.closesOn = consultation.closesOn();
		return form;
	}

	/** The content, or null when a date is missing (the page says which). */
	@Nullable DraftContent content() {
		if (opensOn == null || closesOn == null) {
			return null;
		}
		return new DraftContent(title, documentType, summary, draftingUnit, audience, opensOn, closesOn);
	}

	public String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title == null ? "" : title; }
	public DraftDocumentType getDocumentType() { return documentType; }
	public void setDocumentType(DraftDocumentType documentType) { this.documentType = documentType; }
	public String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary == null ? "" : summary; }
	public String getDraftingUnit() { return draftingUnit; }
	public void setDraftingUnit(@Nullable String draftingUnit) { this.draftingUnit = draftingUnit == null ? "" : draftingUnit; }
	public ConsultationAudience getAudience() { return audience; }
	public void setAudience(ConsultationAudience audience) { this.audience = audience; }
	public @Nullable LocalDate getOpensOn() { return opensOn; }
	public void setOpensOn(@Nullable LocalDate opensOn) { this.opensOn = opensOn; }
	public @Nullable LocalDate getClosesOn() { return closesOn; }
	public void setClosesOn(@Nullable LocalDate closesOn) { this.closesOn = closesOn; }
}
