package vn.motcua.consultation.survey.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.consultation.survey.SurveyAudience;
import vn.motcua.consultation.survey.SurveySettings;
import vn.motcua.shared.InvalidRequestException;

/** The settings form of the builder: the areas or groups one a line. */
class SurveySettingsForm {

	private String title = "";
	private String purpose = "";
	private SurveyAudience audience = SurveyAudience.PUBLIC;
	private String areas = "";
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate opensOn;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate closesOn;
	private boolean publishResults;

	static SurveySettingsForm of(SurveySettings settings) {
		SurveySettingsForm form = new SurveySettingsForm();
		form.title = settings.title();
		form.purpose = settings.purpose();
		form.audience = settings.audience();
		form.areas = String.join("\n", settings.areas());
		form.opensOn = settings.opensOn();
		form.closesOn = settings.closesOn();
		form.publishResults = settings.publishResults();
		return form;
	}

	/** @throws InvalidRequestException when a date is missing or the settings break a rule */
	SurveySettings settings() {
		if (opensOn == null || closesOn == null) {
			throw new InvalidRequestException("survey.dates.invalid");
		}
		return new SurveySettings(title, purpose, audience, lines(areas), opensOn, closesOn, publishResults);
	}

	static List<String> lines(String text) {
		return text.lines().toList();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public SurveyAudience getAudience() {
		return audience;
	}

	public void setAudience(SurveyAudience audience) {
		this.audience = audience;
	}

	public String getAreas() {
		return areas;
	}

	public void setAreas(String areas) {
		this.areas = areas;
	}

	public @Nullable LocalDate getOpensOn() {
		return opensOn;
	}

	public void setOpensOn(@Nullable LocalDate opensOn) {
		this.opensOn = opensOn;
	}

	public @Nullable LocalDate getClosesOn() {
		return closesOn;
	}

	public void setClosesOn(@Nullable LocalDate closesOn) {
		this.closesOn = closesOn;
	}

	public boolean isPublishResults() {
		return publishResults;
	}

	public void setPublishResults(boolean publishResults) {
		this.publishResults = publishResults;
	}
}
