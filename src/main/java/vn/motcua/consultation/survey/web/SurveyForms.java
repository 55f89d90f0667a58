package vn.motcua.consultation.survey.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswersRefused;
import vn.motcua.consultation.survey.SurveyQuestion;

/**
 * The answers of the response form (public and paper alike): one field per question,
 * {@code answer-<position>}, several values for a multiple choice, and the area; sent back with each
 * field's error when refused.
 */
final class SurveyForms {

	private SurveyForms() {
	}

	static Map<Integer, List<String>> answers(Survey survey, MultiValueMap<String, String> sent) {
		Map<Integer, List<String>> answers = new LinkedHashMap<>();
		for (int position = 0; position < survey.questions().size(); position++) {
			answers.put(position, sent.getOrDefault(SurveyQuestion.field(position), List.of()));
		}
		return answers;
	}

	/** A new form: empty answers and a fresh submission key. */
	static void blank(Model model) {
		model.addAttribute("sent", new org.springframework.util.LinkedMultiValueMap<String, String>());
		model.addAttribute("errors", Map.of());
		model.addAttribute("submissionKey", UUID.randomUUID().toString());
	}

	/** The form again with what was sent, its key, and each field's error. */
	static void refused(Model model, MultiValueMap<String, String> sent, SurveyAnswersRefused refused) {
		model.addAttribute("sent", sent);
		model.addAttribute("errors", refused.errors());
		model.addAttribute("submissionKey", sent.getFirst("submissionKey"));
	}
}
