package vn.motcua.consultation.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A survey as a list shows it, with its agency's code, read without its questionnaire. */
public record SurveySummary(UUID id, String agencyCode, String title, SurveyAudience audience, LocalDate opensOn, LocalDate closesOn,
		SurveyStatus status, boolean publishResults) {

	public SurveyStanding standing(Instant now) {
		return SurveyStanding.of(status, new SurveyWindow(opensOn, closesOn), now);
	}
}
