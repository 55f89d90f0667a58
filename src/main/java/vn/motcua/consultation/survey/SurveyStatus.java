package vn.motcua.consultation.survey;

/** Where a survey stands: prepared (editable, seen only in its agency), opened, or closed early. */
public enum SurveyStatus {
	PREPARING, OPEN, CLOSED
}
