package vn.motcua.consultation.survey;

/** The kinds of question a questionnaire holds. */
public enum SurveyQuestionKind {
	SINGLE_CHOICE, MULTIPLE_CHOICE, RATING, FREE_TEXT;

	/** Whether the respondent picks from the question's options (or the rating's labelled points). */
	public boolean picks() {
		return this != FREE_TEXT;
	}

	/** Whether the officer writes the options; a rating's five labels come with the kind. */
	public boolean hasOwnOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}
}
