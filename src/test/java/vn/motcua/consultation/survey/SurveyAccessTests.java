package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Who reaches what: a wrong role gets 403 on the builder and on opening, the public and citizens never
 * reach the officers' pages, a staff survey and a survey in preparation are not found by the public,
 * and free text never appears on the public results.
 */
@WebTest
class SurveyAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	SurveyIntake intake;

	@Autowired
	AccountManagement accounts;

	@Test
	void aWrongRoleIsRefusedTheBuilderAndTheOpening() {
		Survey survey = surveys.prepare(SurveyFixtures.aPublicSurvey("Khảo sát " + UUID.randomUUID()), officer("leader"));

		assertThat(mvc.post().uri("/work/surveys/{id}/open", survey.id()).with(csrf()).with(as("specialist")))
			.as("a specialist prepares, never opens").hasStatus(403);
		assertThat(mvc.post().uri("/work/surveys/{id}/questions", survey.id()).with(csrf()).with(as("inspector"))
			.param("kind", "FREE_TEXT").param("wording", "Góp ý"))
			.as("the People's Inspection Board reads, never changes").hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/new").with(as("inspector"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys").with(as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}", survey.id()).with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.post().uri("/work/surveys").with(csrf()).with(as(DemoAccounts.BUSINESS)).param("title", "X"))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}/results", survey.id())).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/work/surveys/{id}", survey.id()).with(as("inspector"))).hasStatusOk();

		assertThat(mvc.post().uri("/work/surveys/{id}/open", survey.id()).with(csrf()).with(as("unithead")))
			.hasStatus3xxRedirection();
		assertThat(surveys.officerSurvey(survey.id(), officer("unithead")).status())
			.as("a questionnaire without questions is not opened").isEqualTo(SurveyStatus.PREPARING);
	}

	@Test
	void aSurveyInPreparationAndAStaffSurveyAreNotFoundByThePublic() {
		Survey prepared = surveys.prepare(SurveyFixtures.aPublicSurvey("Đang soạn " + UUID.randomUUID()), officer("leader"));
		Survey staff = opened(surveys.prepare(SurveyFixtures.aStaffSurvey("Nội bộ " + UUID.randomUUID()), officer("leader")));

		assertThat(mvc.get().uri("/surveys/{id}", prepared.id())).hasStatus(404);
		assertThat(mvc.get().uri("/surveys/{id}", staff.id())).hasStatus(404);
		assertThat(mvc.get().uri("/surveys/{id}", staff.id()).with(as(DemoAccounts.CITIZEN))).hasStatus(404);
		assertThat(mvc.post().uri("/surveys/{id}/responses", staff.id()).with(csrf()).param("area",
				SurveyFixtures.AREAS.get(0)).param("answer-0", "0").param("answer-2", "5")).hasStatus(404);
		assertThat(mvc.get().uri("/surveys")).hasStatusOk().bodyText().doesNotContain(prepared.title())
			.doesNotContain(staff.title());
		assertThat(mvc.get().uri("/surveys/{id}", staff.id()).with(as("desk"))).hasStatusOk().bodyText()
			.contains(staff.title()).contains("Gửi ý kiến");
	}

	@Test
	void freeTextNeverAppearsOnThePublicResults() {
		Survey survey = opened(surveys.prepare(SurveyFixtures.aPublicSurvey("Công khai " + UUID.randomUUID()),
				officer("leader")));
		intake.respond(survey.id(), SurveyFixtures.AREAS.get(1), Map.of(0, List.of("0"), 2, List.of("4"),
				3, List.of("Xin gọi lại số 0905123456")), null, null);
		surveys.close(survey.id(), officer("leader"));

		assertThat(mvc.get().uri("/surveys/{id}", survey.id())).hasStatusOk().bodyText()
			.contains("Kết quả khảo sát").contains("Số phiếu trả lời: 1").contains("Điểm trung bình: 4,00")
			.doesNotContain("0905123456").doesNotContain("Góp ý khác");
		// the officers read it: those who prepare the survey whole, the inspection board masked (decision 0031)
		assertThat(mvc.get().uri("/work/surveys/{id}/results", survey.id()).with(as("leader"))).hasStatusOk()
			.bodyText().contains("Xin gọi lại số 0905123456");
		assertThat(mvc.get().uri("/work/surveys/{id}/results", survey.id()).with(as("inspector"))).hasStatusOk()
			.bodyText().contains("Xin gọi lại số 0905***456").doesNotContain("0905123456");
	}

	@Test
	void aResponseWithMistakesComesBackWithEachErrorAtItsField() {
		Survey survey = opened(surveys.prepare(SurveyFixtures.aPublicSurvey("Lỗi " + UUID.randomUUID()),
				officer("leader")));

		assertThat(mvc.post().uri("/surveys/{id}/responses", survey.id()).with(csrf())
			.param("submissionKey", UUID.randomUUID().toString()).param("answer-1", "0").param("answer-2", "7"))
			.hasStatusOk().bodyText().contains("Vui lòng chọn địa bàn hoặc nhóm của bạn.")
			.contains("Vui lòng trả lời câu hỏi này.").contains("Vui lòng chọn một phương án trong danh sách.");
		assertThat(mvc.post().uri("/surveys/{id}/responses", survey.id()).with(csrf())
			.param("answer-1", "0").param("answer-2", "7")).hasStatusOk().body().asString()
			.contains("aria-describedby=\"answer-0-error\"").contains("id=\"answer-0-error\"")
			.contains("aria-describedby=\"area-error\"");
		assertThat(mvc.post().uri("/surveys/{id}/responses", survey.id()).with(csrf())
			.param("area", SurveyFixtures.AREAS.get(0)).param("answer-0", "1").param("answer-2", "5"))
			.hasStatus3xxRedirection();
	}

	private Survey opened(Survey survey) {
		SurveyFixtures.aQuestionnaire().forEach(draft -> surveys.addQuestion(survey.id(), draft, officer("leader"),
				Locale.forLanguageTag("vi")));
		return surveys.open(survey.id(), officer("leader"));
	}

	private CurrentUser officer(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
