package vn.motcua.consultation.survey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.motcua.shared.InvalidRequestException;

/**
 * Answers that break their questions' rules: the message key of each field's error, by the
 * field's name ({@code area}, {@code answer-0}, …), so that each error is shown at its field.
 */
public class SurveyAnswersRefused extends InvalidRequestException {

	private final transient Map<String, String> errors;

	SurveyAnswersRefused(Map<String, String> errors) {
		super("survey.respond.invalid");
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
	}

	public Map<String, String> errors() {
		return errors;
	}
}
