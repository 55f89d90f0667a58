package vn.motcua.consultation.survey.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.motcua.consultation.survey.StoredResponse;
import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswer;
import vn.motcua.consultation.survey.SurveyQuestion;
import vn.motcua.consultation.survey.SurveyQuestionKind;
import vn.motcua.shared.CsvField;
import vn.motcua.shared.VietnamTime;

/**
 * A survey's responses as CSV, one line each as it is read: its area, channel and day, then a column
 * per question, numbered as the form numbers them: a choice's option (several joined by "; "), a
 * rating's point, or the text.
 */
final class SurveyResponsesCsv implements Consumer<StoredResponse> {

	private final Survey survey;
	private final Writer writer;
	private final MessageSource messages;
	private final Locale locale;

	SurveyResponsesCsv(Survey survey, Writer writer, MessageSource messages, Locale locale) {
		this.survey = survey;
		this.writer = writer;
		this.messages = messages;
		this.locale = locale;
	}

	/** The byte order mark tells Excel the file is UTF-8, so that the diacritics read right; then the headings. */
	void start() {
		List<String> headings = new ArrayList<>(List.of(text("survey.export.area"), text("survey.export.channel"),
				text("survey.export.day")));
		for (int position = 0; position < survey.questions().size(); position++) {
			headings.add((position + 1) + ". " + survey.questions().get(position).wording());
		}
		write("\uFEFF" + line(headings));
	}

	@Override
	public void accept(StoredResponse response) {
		Map<Integer, SurveyAnswer> answers = response.answers().stream()
			.collect(Collectors.toMap(SurveyAnswer::position, Function.identity()));
		List<@Nullable String> cells = new ArrayList<>(List.of(response.area(),
				text("survey.channel." + response.channel().name()),
				VietnamTime.PRINTED_DATE.format(response.receivedOn())));
		for (int position = 0; position < survey.questions().size(); position++) {
			SurveyAnswer answer = answers.get(position);
			cells.add(answer == null ? null : cell(survey.questions().get(position), answer));
		}
		write(line(cells));
	}

	private static String cell(SurveyQuestion question, SurveyAnswer answer) {
		if (answer.text() != null) {
			return answer.text();
		}
		// a rating's point alone, so that a spreadsheet computes with it
		return answer.choices().stream()
			.map(choice -> question.kind() == SurveyQuestionKind.RATING ? String.valueOf(choice) : question.label(choice))
			.collect(Collectors.joining("; "));
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}

	private void write(String text) {
		try {
			writer.write(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String line(List<@Nullable String> cells) {
		return cells.stream().map(CsvField::quote).collect(Collectors.joining(",")) + "\r\n";
	}
}
