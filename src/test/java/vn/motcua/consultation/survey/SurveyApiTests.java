package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.ApiTimes;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The survey API: the opened surveys a page at a time, a questionnaire with its window in Vietnam's
 * time, a response kept once per key, refused answers named by their question in the caller's
 * language, and results only once published and closed, without free text.
 */
@WebTest
class SurveyApiTests {

	private static final String ANSWERS = """
			{"area":"Xã Tịnh Phong","answers":[{"position":0,"choices":[1]},{"position":2,"choices":[4]},
			 {"position":3,"text":"Xin gọi lại số 0905123456"}]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListOffersOpenedPublicSurveysAPageAtATime() {
		Survey open = opened(SurveyFixtures.aPublicSurvey("Công khai " + UUID.randomUUID()));
		Survey staff = opened(SurveyFixtures.aStaffSurvey("Nội bộ " + UUID.randomUUID()));
		Survey upcoming = opened(new SurveySettings("Sắp mở " + UUID.randomUUID(), "", SurveyAudience.PUBLIC,
				SurveyFixtures.AREAS, SurveyFixtures.today().plusDays(3), SurveyFixtures.today().plusDays(9), false));
		Survey prepared = surveys.prepare(SurveyFixtures.aPublicSurvey("Đang soạn " + UUID.randomUUID()), leader());

		MvcTestResult first = mvc.get().uri("/api/v1/surveys?size=1").exchange();
		assertThat(first).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(1);
		assertThat(PagedResponses.nextPage(first)).as("more than one survey: a next page").contains("after=");

		String all = PagedResponses.allPages(mvc, "/api/v1/surveys?size=2", anonymous());
		assertThat(all).contains(open.id().toString()).doesNotContain(staff.id().toString())
			.doesNotContain(upcoming.id().toString()).doesNotContain(prepared.id().toString());
		assertThat(mvc.get().uri("/api/v1/surveys?size=0").header("Accept-Language", "en")).hasStatus(400)
			.bodyJson().extractingPath("$.detail").asString().contains("1 to 200 surveys");
	}

	@Test
	void theQuestionnaireHasItsWindowInVietnamTime() {
		Survey survey = opened(SurveyFixtures.aPublicSurvey("Phiếu " + UUID.randomUUID()));

		assertThat(mvc.get().uri("/api/v1/surveys/{id}", survey.id())).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.standing").isEqualTo("OPEN");
			assertThat(json).extractingPath("$.questions[2].kind").isEqualTo("RATING");
			assertThat(json).extractingPath("$.questions[0].options").asArray().containsExactly("Trực tuyến",
					"Trực tiếp", "Qua bưu chính");
			assertThat(json).extractingPath("$.opensAt").asString()
				.satisfies(at -> assertThat(ApiTimes.vietnamTime(at)).isEqualTo(survey.opensOn().atStartOfDay()));
			assertThat(json).extractingPath("$.closesAt").asString().satisfies(at -> assertThat(
					ApiTimes.vietnamTime(at)).isEqualTo(survey.closesOn().plusDays(1).atStartOfDay()));
		});
	}

	@Test
	void aStaffSurveyAndOneNotYetOpenAreNotFoundByThePublic() {
		Survey staff = opened(SurveyFixtures.aStaffSurvey("Nội bộ " + UUID.randomUUID()));
		Survey upcoming = opened(new SurveySettings("Sắp mở " + UUID.randomUUID(), "", SurveyAudience.PUBLIC,
				SurveyFixtures.AREAS, SurveyFixtures.today().plusDays(1), SurveyFixtures.today().plusDays(9), true));

		assertThat(mvc.get().uri("/api/v1/surveys/{id}", staff.id())).hasStatus(404);
		assertThat(respond(staff, UUID.randomUUID().toString(), ANSWERS)).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/surveys/{id}/results", staff.id())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/surveys/{id}", upcoming.id())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/surveys/{id}", staff.id()).with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.as("its agency's officers answer a staff survey").hasStatusOk();
	}

	@Test
	void aRetryWithTheSameKeyGetsTheSameResponseAndOneRow() {
		Survey survey = opened(SurveyFixtures.aPublicSurvey("Gửi lại " + UUID.randomUUID()));
		String key = UUID.randomUUID().toString();

		String first = responseId(respond(survey, key, ANSWERS));
		assertThat(responseId(respond(survey, key, ANSWERS))).isEqualTo(first);
		assertThat(responses(survey)).isEqualTo(1);
		assertThat(respond(survey, key, ANSWERS.replace("[4]", "[5]"))).as("the key with other answers")
			.hasStatus(400);
		assertThat(responses(survey)).isEqualTo(1);
	}

	@Test
	void aWrongAnswerGetsAProblemNamingTheQuestionInTheCallersLanguage() {
		Survey survey = opened(SurveyFixtures.aPublicSurvey("Lỗi " + UUID.randomUUID()));
		String wrong = """
				{"area":"Xã Tịnh Phong","answers":[{"position":0,"choices":[0]},{"position":2,"choices":[7]}]}""";

		assertThat(respond(survey, null, wrong)).hasStatus(400).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.detail").asString()
				.isEqualTo("Câu 3 “Mức độ hài lòng chung”: Vui lòng chọn một phương án trong danh sách.");
			assertThat(json).extractingPath("$.errors.answer-2").isNotNull();
			assertThat(json).extractingPath("$.title").asString().isNotEqualTo("Bad Request");
		});
		assertThat(respond(survey, null, wrong, "en")).hasStatus(400).bodyJson().extractingPath("$.detail")
			.asString().startsWith("Question 3 “Mức độ hài lòng chung”: ").doesNotContain("Vui lòng");
		assertThat(respond(survey, null, "{\"answers\":[{\"position\":2,\"choices\":[5]}]}", "en")).hasStatus(400)
			.bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.errors.area").asString().isNotBlank();
				assertThat(json).extractingPath("$.errors.answer-0").asString().startsWith("Question 1 ");
			});
		assertThat(responses(survey)).isZero();
	}

	@Test
	void resultsAreRefusedBeforeClosingAndNeverHoldFreeText() {
		Survey survey = opened(SurveyFixtures.aPublicSurvey("Kết quả " + UUID.randomUUID()));
		responseId(respond(survey, null, ANSWERS));

		assertThat(mvc.get().uri("/api/v1/surveys/{id}/results", survey.id())).as("still taking responses")
			.hasStatus(404);
		surveys.close(survey.id(), leader());

		MvcTestResult results = mvc.get().uri("/api/v1/surveys/{id}/results", survey.id()).exchange();
		assertThat(results).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.responses").isEqualTo(1);
			assertThat(json).extractingPath("$.questions[*].kind").asArray()
				.containsExactly("SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING");
			assertThat(json).extractingPath("$.questions[2].mean").isEqualTo(4.0);
		});
		assertThat(PagedResponses.utf8(results)).doesNotContain("0905123456").doesNotContain("Góp ý khác")
			.doesNotContain("texts");
	}

	private MvcTestResult respond(Survey survey, String key, String body) {
		return respond(survey, key, body, "vi");
	}

	private MvcTestResult respond(Survey survey, String key, String body, String language) {
		var request = mvc.post().uri("/api/v1/surveys/{id}/responses", survey.id())
			.contentType(MediaType.APPLICATION_JSON).header("Accept-Language", language).content(body);
		return (key == null ? request : request.header("Idempotency-Key", key)).exchange();
	}

	private static String responseId(MvcTestResult recorded) {
		assertThat(recorded).hasStatus(201);
		return PagedResponses.utf8(recorded).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
	}

	private int responses(Survey survey) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(survey.id())
			.query(Integer.class).single();
	}

	private Survey opened(SurveySettings settings) {
		return SurveyFixtures.opened(surveys, settings, leader());
	}

	private CurrentUser leader() {
		return DemoAccounts.signedIn(accounts, "leader");
	}
}
