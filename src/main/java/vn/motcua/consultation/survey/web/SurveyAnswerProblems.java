package vn.motcua.consultation.survey.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswersRefused;
import vn.motcua.consultation.survey.SurveyQuestion;

/**
 * Refused answers over the API: a problem whose {@code errors} give each field's error, in the
 * caller's language, naming the question by its number and wording, as a client may show only the
 * text; the detail is the first of them.
 */
@Component
class SurveyAnswerProblems {

	private final MessageSource messages;

	SurveyAnswerProblems(MessageSource messages) {
		this.messages = messages;
	}

	ProblemDetail of(Survey survey, SurveyAnswersRefused refused) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<String, String> errors = new LinkedHashMap<>();
		refused.errors().forEach((field, key) -> errors.put(field,
				messages.getMessage("survey.api.refused", new Object[] { fieldName(survey, field, locale),
						messages.getMessage(key, null, locale) }, locale)));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				errors.values().iterator().next());
		// set here: a problem thrown in an ErrorResponseException keeps the title it is thrown with
		problem.setTitle(messages.getMessage("problem.title.400", null, locale));
		problem.setProperty("errors", errors);
		return problem;
	}

	/** The area field by its label; a question by its number from 1, as the form shows it, and its wording. */
	private String fieldName(Survey survey, String field, Locale locale) {
		for (int position = 0; position < survey.questions().size(); position++) {
			if (SurveyQuestion.field(position).equals(field)) {
				return messages.getMessage("survey.api.question",
						new Object[] { position + 1, survey.questions().get(position).wording() }, locale);
			}
		}
		return messages.getMessage("survey.field.area", null, locale);
	}
}
