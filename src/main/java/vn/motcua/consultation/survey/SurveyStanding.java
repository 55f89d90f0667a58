package vn.motcua.consultation.survey;

/** Where a survey stands at a moment, as a respondent sees it: why it does or does not take a response. */
public enum SurveyStanding {
	PREPARING, NOT_YET_OPEN, OPEN, CLOSED
}
