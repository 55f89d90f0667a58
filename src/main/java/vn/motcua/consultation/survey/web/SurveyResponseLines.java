package vn.motcua.consultation.survey.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.motcua.consultation.survey.StoredResponse;
import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswer;
import vn.motcua.consultation.survey.SurveyQuestion;
import vn.motcua.consultation.survey.SurveyQuestionKind;

/**
 * A survey's responses as the lines of its exports (CSV, Excel), one per response: its area, channel
 * and day, then a column per question, numbered as the form numbers them: a choice's option (several
 * joined by "; "), a rating's point, or the text.
 */
final class SurveyResponseLines {

	private final Survey survey;
	private final MessageSource messages;
	private final Locale locale;

	SurveyResponseLines(Survey survey, MessageSource messages, Locale locale) {
		this.survey = survey;
		this.messages = messages;
		this.locale = locale;
	}

	List<String> headings() {
		List<String> headings = new ArrayList<>(List.of(text("survey.export.area"), text("survey.export.channel"),
				text("survey.export.day")));
		for (int position = 0; position < survey.questions().size(); position++) {
			headings.add((position + 1) + ". " + survey.questions().get(position).wording());
		}
		return headings;
	}

	List<@Nullable Object> values(StoredResponse response) {
		Map<Integer, SurveyAnswer> answers = response.answers().stream()
			.collect(Collectors.toMap(SurveyAnswer::position, Function.identity()));
		List<@Nullable Object> cells = new ArrayList<>(List.of(response.area(),
				text("survey.channel." + response.channel().name()), response.receivedOn()));
		for (int position = 0; position < survey.questions().size(); position++) {
			SurveyAnswer answer = answers.get(position);
			cells.add(answer == null ? null : cell(survey.questions().get(position), answer));
		}
		return cells;
	}

	private static Object cell(SurveyQuestion question, SurveyAnswer answer) {
		if (answer.text() != null) {
			return answer.text();
		}
		// a rating's point alone, a number, so that a spreadsheet computes with it
		if (question.kind() == SurveyQuestionKind.RATING && answer.choices().size() == 1) {
			return answer.choices().get(0);
		}
		return answer.choices().stream().map(question::label).collect(Collectors.joining("; "));
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}
}
