package vn.motcua.consultation.survey;

import java.util.List;

/** A question as the officer writes it; a rating without labels gets the usual five. */
public record SurveyQuestionDraft(SurveyQuestionKind kind, String wording, boolean required, List<String> options) {

	public SurveyQuestionDraft {
		options = List.copyOf(options);
	}
}
