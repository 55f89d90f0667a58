package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The officers' CSV of a survey's responses: a line per stored response with its area, channel, day
 * and each answer; only the survey's readers get it, and each reading of the free text is audited.
 */
@WebTest
class SurveyExportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	SurveyIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCsvHasALinePerStoredResponseAndAColumnPerQuestion() {
		Survey survey = anOpenSurvey();
		intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), Map.of(0, List.of("1"), 1, List.of("2", "0"),
				2, List.of("4"), 3, List.of("=Cần \"nhanh\" hơn")), null, null);
		intake.enterPaperForm(survey.id(), SurveyFixtures.AREAS.get(2), Map.of(0, List.of("2"), 2, List.of("1")),
				officer("specialist"), null);
		String day = VietnamTime.PRINTED_DATE.format(jdbc.sql("SELECT MAX(received_on) FROM survey_response "
				+ "WHERE survey_id = ?").param(survey.id()).query(java.time.LocalDate.class).single());

		MvcTestResult csv = mvc.get().uri("/work/surveys/{id}/responses.csv", survey.id()).with(as("inspector"))
			.exchange();

		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<String> lines = PagedResponses.utf8(csv).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).isEqualTo("\uFEFF\"Địa bàn hoặc nhóm\",\"Hình thức\",\"Ngày nhận\","
				+ "\"1. Doanh nghiệp đã nộp hồ sơ theo cách nào?\",\"2. Thủ tục nào doanh nghiệp đã thực hiện?\","
				+ "\"3. Mức độ hài lòng chung\",\"4. Góp ý khác\"");
		assertThat(lines.subList(1, 3)).containsExactlyInAnyOrder(
				"\"Phường Cẩm Thành\",\"Trực tuyến\",\"" + day + "\",\"Trực tiếp\","
						+ "\"Cấp phép bán lẻ rượu; Khác\",\"4\",\"'=Cần \"\"nhanh\"\" hơn\"",
				"\"Huyện Bình Sơn (cũ)\",\"Phiếu giấy\",\"" + day + "\",\"Qua bưu chính\",,\"1\",");
		audit.seal();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'survey.free-text.read' "
				+ "AND actor = 'inspector' AND record_id = ?").param(survey.id().toString()).query(Integer.class)
			.single()).as("the reading of the free text").isEqualTo(1);
	}

	@Test
	void aWrongRoleIsRefusedTheCsv() {
		Survey survey = anOpenSurvey();

		assertThat(mvc.get().uri("/work/surveys/{id}/responses.csv", survey.id()).with(as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}/responses.csv", survey.id()).with(as(DemoAccounts.CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}/responses.csv", survey.id())).hasStatus3xxRedirection();
	}

	private Survey anOpenSurvey() {
		return SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Xuất " + UUID.randomUUID()),
				officer("unithead"));
	}

	private CurrentUser officer(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
