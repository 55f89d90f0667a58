package vn.motcua.consultation.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * A survey's results, overall and per area or group: per question, how many answered it, how many
 * picked each option and what share of those who answered that is, a rating's mean, and (for officers
 * only) the free-text answers. Shares and means are computed here from the very counts shown.
 */
public record SurveyResults(long responses, List<QuestionResult> questions, List<AreaResults> areas) {

	/** Picks of one option (or rating point) of a question in an area. */
	public record ChoiceCount(String area, int position, int choice, long count) {
	}

	/** How many responses of an area answered the question at that position. */
	public record AnsweredCount(String area, int position, long count) {
	}

	/** A free-text answer, with its area. */
	public record TextAnswer(String area, int position, String text) {
	}

	public record AreaResults(String area, long responses, List<QuestionResult> questions) {
	}

	/** {@code mean}: a rating's, null for other kinds or when nobody answered. */
	public record QuestionResult(int position, String wording, SurveyQuestionKind kind, long answered,
			List<OptionCount> options, @Nullable BigDecimal mean, List<String> texts) {
	}

	/** {@code percent}: of those who answered the question; null when nobody did. */
	public record OptionCount(String label, long count, @Nullable BigDecimal percent) {
	}

	/**
	 * The results from the counts per area.
	 *
	 * @param withTexts whether the free-text answers are listed: never for the public
	 */
	static SurveyResults of(Survey survey, Map<String, Long> responsesByArea, List<ChoiceCount> choices,
			List<AnsweredCount> answered, List<TextAnswer> texts, boolean withTexts) {
		List<AreaResults> areas = new ArrayList<>();
		for (String area : survey.areas()) {
			areas.add(new AreaResults(area, responsesByArea.getOrDefault(area, 0L),
					questions(survey, choices, answered, texts, withTexts, area::equals)));
		}
		long responses = responsesByArea.values().stream().mapToLong(Long::longValue).sum();
		return new SurveyResults(responses, questions(survey, choices, answered, texts, withTexts, area -> true),
				areas);
	}

	private static List<QuestionResult> questions(Survey survey, List<ChoiceCount> choices,
			List<AnsweredCount> answered, List<TextAnswer> texts, boolean withTexts, Predicate<String> inArea) {
		List<QuestionResult> results = new ArrayList<>();
		List<SurveyQuestion> questions = survey.questions();
		for (int position = 0; position < questions.size(); position++) {
			SurveyQuestion question = questions.get(position);
			if (!withTexts && !question.kind().picks()) {
				continue;
			}
			int at = position;
			long answeredIt = answered.stream().filter(count -> count.position() == at && inArea.test(count.area()))
				.mapToLong(AnsweredCount::count).sum();
			List<OptionCount> options = new ArrayList<>();
			long points = 0;
			int first = question.kind() == SurveyQuestionKind.RATING ? 1 : 0;
			for (int choice = first; choice < first + question.options().size(); choice++) {
				int picked = choice;
				long count = choices.stream()
					.filter(c -> c.position() == at && c.choice() == picked && inArea.test(c.area()))
					.mapToLong(ChoiceCount::count).sum();
				points += count * choice;
				options.add(new OptionCount(question.label(choice), count, share(count, answeredIt, 100)));
			}
			BigDecimal mean = question.kind() == SurveyQuestionKind.RATING ? share(points, answeredIt, 1) : null;
			List<String> written = texts.stream().filter(t -> t.position() == at && inArea.test(t.area()))
				.map(TextAnswer::text).toList();
			results.add(new QuestionResult(position, question.wording(), question.kind(), answeredIt, options, mean,
					written));
		}
		return results;
	}

	/**
	 * The results with the phone numbers, e-mail addresses and ID numbers typed in the free-text answers
	 * masked ({@link PersonalData#maskContactsIn}), for the inspection board (decision 0031).
	 */
	SurveyResults withContactsInTextsMasked() {
		return new SurveyResults(responses, masked(questions), areas.stream()
			.map(area -> new AreaResults(area.area(), area.responses(), masked(area.questions()))).toList());
	}

	private static List<QuestionResult> masked(List<QuestionResult> questions) {
		return questions.stream().map(question -> new QuestionResult(question.position(), question.wording(),
				question.kind(), question.answered(), question.options(), question.mean(),
				question.texts().stream().map(PersonalData::maskContactsIn).toList())).toList();
	}

	/** part × scale ÷ whole to two decimals, half up; none when there is nothing to divide by. */
	static @Nullable BigDecimal share(long part, long whole, int scale) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(scale))
			.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}
}
