package vn.motcua.consultation.survey.web;

import org.jspecify.annotations.Nullable;

import vn.motcua.consultation.survey.SurveyQuestionDraft;
import vn.motcua.consultation.survey.SurveyQuestionKind;

/** One question's form in the builder, added or changed: its options one a line. */
class SurveyQuestionForm {

	private @Nullable SurveyQuestionKind kind;
	private String wording = "";
	private boolean required;
	private String options = "";

	/** The question as written, or null when its kind is missing (the page says so at its field). */
	@Nullable SurveyQuestionDraft draft() {
		return kind == null ? null : new SurveyQuestionDraft(kind, wording, required, SurveySettingsForm.lines(options));
	}

	public @Nullable SurveyQuestionKind getKind() {
		return kind;
	}

	public void setKind(@Nullable SurveyQuestionKind kind) {
		this.kind = kind;
	}

	public String getWording() {
		return wording;
	}

	public void setWording(@Nullable String wording) {
		this.wording = wording == null ? "" : wording;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(@Nullable String options) {
		this.options = options == null ? "" : options;
	}
}
