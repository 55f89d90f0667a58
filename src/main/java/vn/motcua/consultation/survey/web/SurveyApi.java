package vn.motcua.consultation.survey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.consultation.survey.Survey;
import vn.motcua.consultation.survey.SurveyAnswersRefused;
import vn.motcua.consultation.survey.SurveyAudience;
import vn.motcua.consultation.survey.SurveyIntake;
import vn.motcua.consultation.survey.SurveyManagement;
import vn.motcua.consultation.survey.SurveyQuestion;
import vn.motcua.consultation.survey.SurveyQuestionKind;
import vn.motcua.consultation.survey.SurveyResults;
import vn.motcua.consultation.survey.SurveyStanding;
import vn.motcua.consultation.survey.SurveySummary;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;

/**
 * Surveys over the API, as on the portal: the opened surveys, a questionnaire, a response (anonymous,
 * as the form's), and the published results of a closed survey, which never hold free text.
 */
@RestController
@Tag(name = "Surveys")
class SurveyApi {

	private final SurveyManagement surveys;
	private final SurveyIntake intake;
	private final SurveyAnswerProblems problems;
	private final AccountManagement accounts;
	private final RateLimits limits;
	private final java.time.Clock clock;

	SurveyApi(SurveyManagement surveys, SurveyIntake intake, SurveyAnswerProblems problems,
			AccountManagement accounts, RateLimits limits, java.time.Clock clock) {
		this.surveys = surveys;
		this.intake = intake;
		this.problems = problems;
		this.accounts = accounts;
		this.limits = limits;
		this.clock = clock;
	}

	/**
	 * {@code agencyCode}: the agency that runs it; {@code publishResults}: its results are published at
	 * /api/v1/surveys/{id}/results once it is closed.
	 */
	record Listed(UUID id, String agencyCode, String title, SurveyAudience audience, LocalDate opensOn, LocalDate closesOn,
			SurveyStanding standing, boolean publishResults) {
	}

	@GetMapping("/api/v1/surveys")
	@Operation(summary = "A page of the surveys on the portal that have opened (taking responses or closed), "
			+ "the latest opening first; staff surveys are never listed",
			description = "size: surveys a page, 1 to 200 (50 when not given); after: where the page starts, as "
					+ "given by the Link header (rel=\"next\") of the page before, which is absent on the last page")
	ResponseEntity<List<Listed>> list(@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		ListPage<SurveySummary> page = surveys.publicSurveys(true, QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParam("size", size))
			.body(page.items().stream().map(s -> new Listed(s.id(), s.agencyCode(), s.title(), s.audience(), s.opensOn(),
					s.closesOn(), s.standing(clock.instant()), s.publishResults())).toList());
	}

	/**
	 * {@code options}: a choice question's options, numbered from 0 in this order, or a rating's labels
	 * of its points 1 to 5; none for free text.
	 */
	record Question(int position, SurveyQuestionKind kind, String wording, boolean required, List<String> options) {
	}

	/** {@code opensAt} and {@code closesAt}: the window in Vietnam's time, the latter the end of the closing day. */
	record Questionnaire(UUID id, String agencyCode, String title, String purpose, SurveyAudience audience, List<String> areas,
			LocalDate opensOn, LocalDate closesOn, LocalDateTime opensAt, LocalDateTime closesAt,
			SurveyStanding standing, boolean publishResults, List<Question> questions) {

		static Questionnaire of(Survey survey, SurveyStanding standing) {
			List<Question> questions = new ArrayList<>();
			for (int position = 0; position < survey.questions().size(); position++) {
				SurveyQuestion q = survey.questions().get(position);
				questions.add(new Question(position, q.kind(), q.wording(), q.required(), q.options()));
			}
			return new Questionnaire(survey.id(), survey.agencyCode(), survey.title(), survey.purpose(), survey.audience(), survey.areas(),
					survey.opensOn(), survey.closesOn(), survey.opensOn().atStartOfDay(),
					survey.closesOn().plusDays(1).atStartOfDay(), standing, survey.publishResults(), questions);
		}
	}

	@GetMapping("/api/v1/surveys/{id}")
	@Operation(summary = "A survey's questionnaire, areas and window; a staff survey (but to its agency's officers) "
			+ "or one not yet open is not found")
	Questionnaire show(@PathVariable UUID id) {
		Survey survey = surveys.offeredSurvey(id, user());
		return Questionnaire.of(survey, survey.standing(clock.instant()));
	}

	/**
	 * One answer: {@code choices} for a choice question (option numbers from 0) or a rating (its point,
	 * 1 to 5), {@code text} for free text.
	 */
	record Answer(int position, @Nullable List<Integer> choices, @Nullable String text) {
	}

	/** {@code area}: one of the survey's areas or groups. An optional question may be left out. */
	record Response(@Nullable String area, @Nullable List<Answer> answers) {
	}

	record Recorded(UUID id, UUID surveyId) {
	}

	@PostMapping("/api/v1/surveys/{id}/responses")
	@Operation(summary = "Answer an open survey, anonymously; answers that break a question's rules get 400 "
			+ "with each under 'errors' by field (area, answer-<position>), the detail naming the first question")
	ResponseEntity<Recorded> respond(@PathVariable UUID id, @RequestBody Response response,
			@Parameter(description = "a key of the client's choosing (a UUID): sending again with it returns the "
					+ "response of the first sending; with other answers it is refused") @RequestHeader(
							name = "Idempotency-Key", required = false) @Nullable String submissionKey,
			HttpServletRequest request) {
		CurrentUser user = user();
		Survey survey = surveys.offeredSurvey(id, user);
		if (user == null && !limits.tryAcquire("survey", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
		try {
			UUID recorded = intake.respond(id, response.area(), sent(survey, response), user, submissionKey);
			return ResponseEntity.status(HttpStatus.CREATED).body(new Recorded(recorded, id));
		}
		catch (SurveyAnswersRefused refused) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problems.of(survey, refused), refused);
		}
	}

	/** The values sent for each question, by its position, as the form sends them. */
	private static Map<Integer, List<String>> sent(Survey survey, Response response) {
		Map<Integer, List<String>> sent = new LinkedHashMap<>();
		for (Answer answer : response.answers() == null ? List.<Answer>of() : response.answers()) {
			if (answer.position() < 0 || answer.position() >= survey.questions().size()) {
				throw new InvalidRequestException("survey.question.unknown");
			}
			List<String> values = sent.computeIfAbsent(answer.position(), position -> new ArrayList<>());
			if (answer.choices() != null) {
				answer.choices().forEach(choice -> values.add(String.valueOf(choice)));
			}
			if (answer.text() != null) {
				values.add(answer.text());
			}
		}
		return sent;
	}

	/** A choice or rating question's counts; {@code mean}: a rating's, null for a choice or when nobody answered. */
	record QuestionResults(int position, String wording, SurveyQuestionKind kind, long answered,
			List<SurveyResults.OptionCount> options, @Nullable BigDecimal mean) {

		static List<QuestionResults> of(List<SurveyResults.QuestionResult> questions) {
			// free text may hold personal data: it is never published, whatever the results hold
			return questions.stream().filter(q -> q.kind().picks()).map(q -> new QuestionResults(q.position(),
					q.wording(), q.kind(), q.answered(), q.options(), q.mean())).toList();
		}
	}

	record AreaResults(String area, long responses, List<QuestionResults> questions) {
	}

	record Results(long responses, List<QuestionResults> questions, List<AreaResults> areas) {

		static Results of(SurveyResults results) {
			return new Results(results.responses(), QuestionResults.of(results.questions()), results.areas().stream()
				.map(a -> new AreaResults(a.area(), a.responses(), QuestionResults.of(a.questions()))).toList());
		}
	}

	@GetMapping("/api/v1/surveys/{id}/results")
	@Operation(summary = "The published results of a closed survey, overall and per area: counts and shares per "
			+ "option, a rating's mean; never free text. Not found while the survey takes responses or when its "
			+ "results are not published")
	Results results(@PathVariable UUID id) {
		return Results.of(surveys.publishedResults(id));
	}

	private @Nullable CurrentUser user() {
		return accounts.currentUser().orElse(null);
	}
}
