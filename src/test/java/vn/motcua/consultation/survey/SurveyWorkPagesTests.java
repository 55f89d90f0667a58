package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The survey builder driven through its forms as an officer would: settings, a question of each
 * kind added, one moved and one removed, an invalid one refused with its reason; opened by a unit
 * head, the questionnaire then frozen; paper forms entered, counted in the results and the CSV; the
 * inspection board only reads, and another agency's officer does not find it.
 */
@WebTest
class SurveyWorkPagesTests {

	private static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;
	@Autowired
	OrganizationManagement organization;

	@Test
	void builtMovedOpenedFrozenAndPaperFormsCountedInTheResultsAndTheCsv() throws Exception {
		String page = built();
		assertThat(mvc.post().uri(page + "/open").with(csrf()).with(OfficerPages.as("specialist"))).hasStatus(403);
		assertThat(OfficerPages.followed(mvc, "unithead", post("unithead", page + "/open"))).bodyText()
			.contains("Đã mở").contains("Khảo sát đã mở: phiếu câu hỏi không thể thay đổi nữa.");

		assertThat(question(page + "/questions/0", "SINGLE_CHOICE", "Doanh nghiệp nộp hồ sơ cách nào?",
				"Trực tuyến\nTrực tiếp\nQua bưu chính")).hasStatusOk().bodyText()
			.contains("Khảo sát đã mở nên không thể thay đổi phiếu câu hỏi hay thông tin khảo sát.");
		assertThat(question(page + "/questions", "FREE_TEXT", "Câu mới", "")).hasStatusOk().bodyText()
			.contains("Khảo sát đã mở nên không thể thay đổi");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).bodyText().doesNotContain("Câu mới");

		assertThat(paperForm(page, "Phường Cẩm Thành", "0", List.of("0", "2"), "Cần rút ngắn thời gian", "5"))
			.hasRedirectedUrl(page + "/paper");
		assertThat(paperForm(page, "Xã Tịnh Phong", "1", List.of(), "", "4")).hasRedirectedUrl(page + "/paper");
		assertThat(paperForm(page, "Xã Tịnh Phong", "", List.of(), "", "4")).as("a required answer missing")
			.hasStatusOk().bodyText().contains("id=\"answer-0-error\"");

		assertThat(mvc.get().uri(page + "/results").with(OfficerPages.as("unithead"))).hasStatusOk().bodyText()
			.contains("Số phiếu trả lời: 2").contains("Phường Cẩm Thành: 1 phiếu").contains("Xã Tịnh Phong: 1 phiếu")
			.contains("Cần rút ngắn thời gian");
		MvcTestResult csv = mvc.get().uri(page + "/responses.csv").with(OfficerPages.as("unithead")).exchange();
		assertThat(csv).hasStatusOk();
		List<String> lines = csv.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("\uFEFF").contains("Địa bàn hoặc nhóm").contains("Hình thức")
			.contains("1. Doanh nghiệp nộp hồ sơ cách nào").contains("2. Thủ tục đã thực hiện")
			.contains("3. Góp ý khác").contains("4. Mức độ hài lòng chung").doesNotContain("Câu sẽ xóa");
		// a line per response, in no promised order; the day received between channel and answers
		assertThat(lines.subList(1, 3)).anyMatch(line -> line.startsWith("\"Phường Cẩm Thành\",\"Phiếu giấy\",")
				&& line.endsWith(",\"Trực tuyến\",\"Cấp phép bán lẻ rượu; Khác\",\"Cần rút ngắn thời gian\",\"5\""))
			.anyMatch(line -> line.startsWith("\"Xã Tịnh Phong\",\"Phiếu giấy\",")
					&& line.endsWith(",\"Trực tiếp\",,,\"4\""));
	}

	@Test
	void theInspectorReadsButChangesNothingAndAnotherAgencyDoesNotFindIt() throws Exception {
		String page = built();
		assertThat(mvc.get().uri(page).with(OfficerPages.as("inspector"))).as("nothing offered while being prepared")
			.hasStatusOk().bodyText().doesNotContain("Lưu thông tin", "Lưu câu hỏi", "Mở khảo sát", page + "/open",
					page + "/questions/0/move", page + "/questions/0/removal");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).as("a preparer changes it, does not open it")
			.bodyText().contains("Lưu thông tin", "Lưu câu hỏi").doesNotContain(page + "/open");
		assertThat(mvc.get().uri("/work/surveys").with(OfficerPages.as("inspector"))).hasStatusOk().bodyText()
			.doesNotContain("/work/surveys/new");
		post("unithead", page + "/open");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("inspector"))).as("nor once open").hasStatusOk().bodyText()
			.doesNotContain(page + "/extension", page + "/close", page + "/paper");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("unithead"))).bodyText()
			.contains(page + "/extension", page + "/close", page + "/paper");
		assertThat(mvc.get().uri(page + "/results").with(OfficerPages.as("inspector"))).hasStatusOk();
		assertThat(mvc.get().uri(page + "/responses.csv").with(OfficerPages.as("inspector"))).hasStatusOk();
		assertThat(mvc.get().uri(page + "/paper").with(OfficerPages.as("inspector"))).hasStatus(403);
		for (String path : new String[] { "/work/surveys", page + "/settings", page + "/questions",
				page + "/questions/0", page + "/questions/0/move", page + "/questions/0/removal", page + "/open",
				page + "/extension", page + "/close", page + "/paper" }) {
			assertThat(post("inspector", path)).as(path).hasStatus(403);
		}
		String other = OfficerPages.officerOfAnotherAgency(organization, Role.UNIT_HEAD);
		assertThat(mvc.get().uri(page).with(OfficerPages.as(other))).hasStatus(404);
		assertThat(post(other, page + "/close")).hasStatus(404);
	}

	@Test
	void refusedSettingsComeBackAsTypedWithEachErrorBesideItsFieldAndLinkedFromTheTop() throws Exception {
		String purpose = "Purpose " + UUID.randomUUID(); // no letter the form would write as an entity
		String body = mvc.post().uri("/work/surveys").with(csrf()).with(OfficerPages.as("specialist"))
			.param("title", " ").param("purpose", purpose).param("audience", "PUBLIC").param("areas", "Xã A")
			.param("opensOn", SurveyFixtures.today().toString())
			.param("closesOn", SurveyFixtures.today().plusDays(5).toString()).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("<a href=\"#title\">Vui lòng nhập tên khảo sát")
			.contains("id=\"title-error\">Vui lòng nhập tên khảo sát")
			.containsPattern("id=\"title\"[^>]*aria-invalid=\"true\"\\s+aria-describedby=\"title-error\"")
			.contains(">" + purpose + "</textarea>");

		assertThat(mvc.post().uri("/work/surveys").with(csrf()).with(OfficerPages.as("specialist"))
			.param("title", "Khảo sát " + UUID.randomUUID()).param("areas", "Xã A\nXã A")
			.param("opensOn", SurveyFixtures.today().toString())).hasStatusOk().body().asString()
			.contains("<a href=\"#closesOn\">").contains("id=\"closesOn-error\"")
			.as("a rule runs only on complete settings").doesNotContain("id=\"areas-error\"");
	}

	@Test
	void aRefusedQuestionComesBackAsTypedWithItsErrorBesideItsFieldAndLinkedFromTheTop() throws Exception {
		String page = built();
		String body = question(page + "/questions", "SINGLE_CHOICE", "Chỉ một phương án?", "Có").getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("<a href=\"#options\">Câu hỏi lựa chọn cần từ 2 đến")
			.contains("id=\"options-error\">Câu hỏi lựa chọn cần từ 2 đến")
			.containsPattern("id=\"options\"[^>]*>Có</textarea>")
			.containsPattern("aria-invalid=\"true\"\\s+aria-describedby=\"options-hint options-error\"")
			.contains(">Chỉ một phương án?</textarea>")
			.as("the other questions' fields keep their own ids").contains("id=\"q0-options\"");

		assertThat(question(page + "/questions/1", "MULTIPLE_CHOICE", " ", "Một\nHai")).hasStatusOk().body()
			.asString().contains("<a href=\"#wording\">").contains("id=\"wording-error\"")
			.contains("aria-describedby=\"wording-error\"").containsPattern("id=\"options\"[^>]*>Một\nHai</textarea>");
	}

	/**
	 * A survey a specialist built through the builder: four questions of each kind in their order,
	 * after a fifth was added and removed, one moved up and an invalid one refused.
	 */
	private String built() throws Exception {
		assertThat(mvc.get().uri("/work/surveys/new").with(OfficerPages.as("specialist"))).hasStatusOk();
		MvcTestResult prepared = mvc.post().uri("/work/surveys").with(csrf()).with(OfficerPages.as("specialist"))
			.param("title", "Khảo sát " + UUID.randomUUID()).param("purpose", "Đánh giá mức độ hài lòng")
			.param("audience", "PUBLIC").param("areas", String.join("\n", SurveyFixtures.AREAS))
			.param("opensOn", SurveyFixtures.today().toString())
			.param("closesOn", SurveyFixtures.today().plusMonths(1).toString()).param("publishResults", "true")
			.exchange();
		String page = OfficerPages.redirect(prepared);
		String questions = page + "/questions";
		question(questions, "SINGLE_CHOICE", "Doanh nghiệp nộp hồ sơ cách nào?", "Trực tuyến\nTrực tiếp");
		question(questions, "MULTIPLE_CHOICE", "Thủ tục đã thực hiện", "Cấp phép bán lẻ rượu\nCấp phép xăng dầu\nKhác");
		question(questions, "RATING", "Mức độ hài lòng chung", "");
		question(questions, "FREE_TEXT", "Góp ý khác", "");
		question(questions, "FREE_TEXT", "Câu sẽ xóa", "");
		assertThat(question(questions, "SINGLE_CHOICE", "Chỉ một phương án?", "Có")).hasStatusOk().bodyText()
			.contains("Câu hỏi lựa chọn cần từ 2 đến");
		post("specialist", questions + "/3/move", "step", "-1");
		assertThat(OfficerPages.followed(mvc, "specialist", post("specialist", questions + "/4/removal"))).bodyText()
			.contains("Đã lưu.");

		String body = mvc.get().uri(page).with(OfficerPages.as("unithead")).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).doesNotContain("Câu sẽ xóa").doesNotContain("Chỉ một phương án?");
		assertThat(body.indexOf("2. Thủ tục đã thực hiện")).isPositive()
			.isLessThan(body.indexOf("3. Góp ý khác")).isLessThan(body.indexOf("4. Mức độ hài lòng chung"));
		return page;
	}

	/** A question as the builder's form sends it: required when it is a single choice or a rating. */
	private MvcTestResult question(String action, String kind, String wording, String options) {
		return mvc.post().uri(action).with(csrf()).with(OfficerPages.as("specialist")).param("kind", kind)
			.param("wording", wording).param("required", String.valueOf(List.of("SINGLE_CHOICE", "RATING").contains(kind)))
			.param("options", options).exchange();
	}

	/** A paper form as the officer types it in, with the key the form was shown with. */
	private MvcTestResult paperForm(String page, String area, String how, List<String> procedures, String comment,
			String rating) throws Exception {
		Matcher key = SUBMISSION_KEY.matcher(mvc.get().uri(page + "/paper").with(OfficerPages.as("specialist"))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(key.find()).isTrue();
		return mvc.post().uri(page + "/paper").with(csrf()).with(OfficerPages.as("specialist"))
			.param("submissionKey", key.group(1)).param("area", area).param("answer-0", how)
			.param("answer-1", procedures.toArray(String[]::new)).param("answer-2", comment)
			.param("answer-3", rating).exchange();
	}

	private MvcTestResult post(String user, String path, String... params) {
		var request = mvc.post().uri(path).with(csrf()).with(OfficerPages.as(user));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request.exchange();
	}
}
