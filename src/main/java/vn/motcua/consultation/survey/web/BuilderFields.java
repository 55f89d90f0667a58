package vn.motcua.consultation.survey.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import vn.motcua.shared.InvalidRequestException;

/**
 * Which field of the builder's forms (settings, or a question) a rule's refusal belongs to, by its
 * message key, so that the page shows it beside that field; a refusal of no one field (the
 * questionnaire is frozen, say) goes to the top of the form.
 */
final class BuilderFields {

	private static final Map<String, String> FIELDS = Map.of(
			"survey.title.invalid", "title",
			"survey.purpose.too-long", "purpose",
			"survey.areas.invalid", "areas",
			"survey.areas.duplicate", "areas",
			"survey.dates.invalid", "closesOn",
			"survey.question.wording.invalid", "wording",
			"survey.question.option.too-long", "options",
			"survey.question.option.duplicate", "options",
			"survey.question.options.count", "options",
			"survey.question.rating.labels", "options");

	private BuilderFields() {
	}

	static void reject(InvalidRequestException refused, BindingResult binding) {
		String field = FIELDS.get(refused.messageKey());
		if (field != null) {
			binding.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		else {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
	}
}
