package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.VietnamTime;

/**
 * The survey's own rules, without Spring: each kind of question checks its answer, the window opens at
 * 00:00 of the first day and ends with the last day in Vietnam's time, an opened questionnaire is
 * frozen, and the results' shares and means come from the counts they show.
 */
@Tag("rule")
class SurveyRulesTests {

	static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
	static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);

	@Test
	void eachKindOfQuestionChecksItsAnswer() {
		Survey survey = anOpenedSurvey();

		assertThat(survey.check("Xã Tịnh Phong", Map.of(0, List.of("1"), 1, List.of("0", "2"), 2, List.of("5"),
				3, List.of("  Nhanh hơn  ")))).containsExactly(new SurveyAnswer(0, List.of(1), null),
						new SurveyAnswer(1, List.of(0, 2), null), new SurveyAnswer(2, List.of(5), null),
						new SurveyAnswer(3, List.of(), "Nhanh hơn"));
		assertThat(survey.check("Xã Tịnh Phong", Map.of(0, List.of("0"), 2, List.of("3"))))
			.as("optional questions may be left blank").hasSize(2);

		assertThat(refusals(survey, "Nơi khác", Map.of(0, List.of("0", "1"), 1, List.of("3"), 2, List.of("0"),
				3, List.of("x".repeat(SurveyQuestion.MAX_TEXT_ANSWER + 1)))))
			.containsEntry("area", "survey.answer.not-offered")
			.containsEntry("answer-0", "survey.answer.one-only")
			.containsEntry("answer-1", "survey.answer.not-offered")
			.containsEntry("answer-2", "survey.answer.not-offered")
			.containsEntry("answer-3", "survey.answer.too-long");
		assertThat(refusals(survey, null, Map.of(2, List.of("6"))))
			.containsEntry("area", "survey.area.required")
			.containsEntry("answer-0", "survey.answer.required")
			.containsEntry("answer-2", "survey.answer.not-offered")
			.doesNotContainKeys("answer-1", "answer-3");
		assertThat(refusals(survey, "Xã Tịnh Phong", Map.of(0, List.of("abc"), 2, List.of("4", "5"))))
			.containsEntry("answer-0", "survey.answer.not-offered")
			.containsEntry("answer-2", "survey.answer.one-only");
	}

	@Test
	void aQuestionMustSuitItsKind() {
		assertThatThrownBy(() -> SurveyQuestion.of(SurveyQuestionKind.SINGLE_CHOICE, "Câu hỏi", true, List.of("Một", " ")))
			.hasMessage("survey.question.options.count");
		assertThatThrownBy(() -> SurveyQuestion.of(SurveyQuestionKind.MULTIPLE_CHOICE, "Câu hỏi", true,
				List.of("Một", "Một"))).hasMessage("survey.question.option.duplicate");
		assertThatThrownBy(() -> SurveyQuestion.of(SurveyQuestionKind.RATING, "Câu hỏi", true, List.of("Tệ", "Tốt")))
			.hasMessage("survey.question.rating.labels");
		assertThatThrownBy(() -> SurveyQuestion.of(SurveyQuestionKind.FREE_TEXT, " ", true, List.of()))
			.hasMessage("survey.question.wording.invalid");
	}

	@Test
	void theWindowRunsFromMidnightOfTheFirstDayToTheEndOfTheLastInVietnam() {
		Survey survey = anOpenedSurvey();

		assertThat(survey.standing(vietnam("2026-02-28T23:59:59"))).isEqualTo(SurveyStanding.NOT_YET_OPEN);
		assertThat(survey.standing(vietnam("2026-03-01T00:00:00"))).isEqualTo(SurveyStanding.OPEN);
		assertThat(survey.standing(vietnam("2026-03-31T23:59:59"))).isEqualTo(SurveyStanding.OPEN);
		assertThat(survey.standing(vietnam("2026-04-01T00:00:00"))).isEqualTo(SurveyStanding.CLOSED);
		assertThat(survey.standing(Instant.parse("2026-03-31T17:30:00Z")))
			.as("00:30 on 1 April in Vietnam, still 31 March in UTC").isEqualTo(SurveyStanding.CLOSED);
		assertThat(survey.resultsPublicAt(vietnam("2026-03-31T23:59:59"))).isFalse();
		assertThat(survey.resultsPublicAt(vietnam("2026-04-01T00:00:00"))).isTrue();

		survey.extend(LocalDate.of(2026, 4, 15));
		assertThat(survey.standing(vietnam("2026-04-01T00:00:00"))).isEqualTo(SurveyStanding.OPEN);
		survey.close();
		assertThat(survey.standing(vietnam("2026-04-02T08:00:00"))).isEqualTo(SurveyStanding.CLOSED);
	}

	@Test
	void anOpenedQuestionnaireIsFrozenButItsLastDayMayMoveLater() {
		Survey survey = anOpenedSurvey();
		SurveyQuestion another = SurveyFixtures.question(SurveyFixtures.aQuestionnaire().get(3));

		assertThatThrownBy(() -> survey.addQuestion(another)).hasMessage("survey.frozen");
		assertThatThrownBy(() -> survey.replaceQuestion(0, another)).hasMessage("survey.frozen");
		assertThatThrownBy(() -> survey.moveQuestion(1, -1)).hasMessage("survey.frozen");
		assertThatThrownBy(() -> survey.removeQuestion(0)).hasMessage("survey.frozen");
		assertThatThrownBy(() -> survey.change(settings())).hasMessage("survey.frozen");
		assertThatThrownBy(() -> survey.extend(CLOSES)).hasMessage("survey.extend.not-later");
		assertThat(survey.questions()).hasSize(4);
	}

	@Test
	void aPreparedQuestionnaireMovesItsQuestions() {
		Survey survey = Survey.prepare("000.00.31.H55", settings(), Instant.EPOCH);
		SurveyFixtures.aQuestionnaire().forEach(draft -> survey.addQuestion(SurveyFixtures.question(draft)));

		survey.moveQuestion(2, -1);
		survey.moveQuestion(0, -1);
		survey.removeQuestion(3);

		assertThat(survey.questions()).extracting(SurveyQuestion::kind).containsExactly(
				SurveyQuestionKind.SINGLE_CHOICE, SurveyQuestionKind.RATING, SurveyQuestionKind.MULTIPLE_CHOICE);
		assertThatThrownBy(() -> Survey.prepare("000.00.31.H55", settings(), Instant.EPOCH).open(vietnam("2026-03-02T00:00:00")))
			.hasMessage("survey.open.no-questions");
	}

	@Test
	void sharesAndMeansComeFromTheCountsShown() {
		Survey survey = anOpenedSurvey();
		String ward = "Phường Cẩm Thành";
		String commune = "Xã Tịnh Phong";
		List<SurveyResults.ChoiceCount> choices = List.of(new SurveyResults.ChoiceCount(ward, 0, 0, 2),
				new SurveyResults.ChoiceCount(ward, 0, 1, 1), new SurveyResults.ChoiceCount(commune, 0, 1, 3),
				new SurveyResults.ChoiceCount(ward, 2, 5, 2), new SurveyResults.ChoiceCount(ward, 2, 4, 1),
				new SurveyResults.ChoiceCount(commune, 2, 1, 3));
		List<SurveyResults.AnsweredCount> answered = List.of(new SurveyResults.AnsweredCount(ward, 0, 3),
				new SurveyResults.AnsweredCount(commune, 0, 3), new SurveyResults.AnsweredCount(ward, 2, 3),
				new SurveyResults.AnsweredCount(commune, 2, 3));

		SurveyResults results = SurveyResults.of(survey, Map.of(ward, 3L, commune, 3L), choices, answered,
				List.of(new SurveyResults.TextAnswer(ward, 3, "Gọi 0905123456")), false);

		assertThat(results.responses()).isEqualTo(6);
		assertThat(results.questions()).extracting(SurveyResults.QuestionResult::kind)
			.as("no free text in results without texts").doesNotContain(SurveyQuestionKind.FREE_TEXT);
		SurveyResults.QuestionResult channel = results.questions().get(0);
		assertThat(channel.options()).extracting(SurveyResults.OptionCount::count).containsExactly(2L, 4L, 0L);
		assertThat(channel.options()).extracting(SurveyResults.OptionCount::percent)
			.containsExactly(new BigDecimal("33.33"), new BigDecimal("66.67"), new BigDecimal("0.00"));
		SurveyResults.QuestionResult rating = results.questions().get(2);
		// (5 × 2 + 4 × 1 + 1 × 3) ÷ 6 answers
		assertThat(rating.mean()).isEqualByComparingTo("2.83");
		assertThat(rating.options()).extracting(SurveyResults.OptionCount::label).first().isEqualTo("1 – Rất không hài lòng");
		SurveyResults.AreaResults wardOnly = results.areas().get(0);
		assertThat(wardOnly.area()).isEqualTo(ward);
		assertThat(wardOnly.questions().get(2).mean()).isEqualByComparingTo("4.67");
		assertThat(wardOnly.questions().get(0).options()).extracting(SurveyResults.OptionCount::percent)
			.containsExactly(new BigDecimal("66.67"), new BigDecimal("33.33"), new BigDecimal("0.00"));
		SurveyResults.AreaResults nobody = results.areas().get(2);
		assertThat(nobody.responses()).isZero();
		assertThat(nobody.questions().get(0).options()).extracting(SurveyResults.OptionCount::percent)
			.as("nothing to divide by").containsOnlyNulls();

		assertThat(SurveyResults.of(survey, Map.of(ward, 3L), choices, answered,
				List.of(new SurveyResults.TextAnswer(ward, 3, "Góp ý")), true).questions().get(3).texts())
			.containsExactly("Góp ý");
	}

	private static Map<String, String> refusals(Survey survey, String area, Map<Integer, List<String>> sent) {
		try {
			survey.check(area, sent);
		}
		catch (SurveyAnswersRefused refused) {
			return refused.errors();
		}
		throw new AssertionError("The answers were accepted");
	}

	private static SurveySettings settings() {
		return new SurveySettings("Khảo sát", "", SurveyAudience.PUBLIC, SurveyFixtures.AREAS, OPENS, CLOSES, true);
	}

	private static Survey anOpenedSurvey() {
		Survey survey = Survey.prepare("000.00.31.H55", settings(), Instant.EPOCH);
		SurveyFixtures.aQuestionnaire().forEach(draft -> survey.addQuestion(SurveyFixtures.question(draft)));
		survey.open(vietnam("2026-02-20T08:00:00"));
		return survey;
	}

	private static Instant vietnam(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(VietnamTime.ZONE).toInstant();
	}

}
