package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;
import vn.motcua.testing.Workbooks;

/**
 * The officers' CSV and Excel workbook of a survey's responses: a line per stored response with its
 * area, channel, day and each answer; only the survey's readers get them, and each reading of the free
 * text is audited.
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

	@Autowired
	OrganizationManagement organization;

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

	/**
	 * The CSV's twin as an Excel workbook: the same headings and answers, the day received a date, a
	 * rating's point a number, text never a formula; its free text read is audited as the CSV's is.
	 */
	@Test
	void theWorkbookHasTheCsvsLinesWithTheDayADateAndARatingANumber() throws IOException {
		Survey survey = anOpenSurvey();
		intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), Map.of(0, List.of("1"), 1, List.of("2", "0"),
				2, List.of("4"), 3, List.of("=Cần \"nhanh\" hơn")), null, null);
		LocalDate day = jdbc.sql("SELECT MAX(received_on) FROM survey_response WHERE survey_id = ?")
			.param(survey.id()).query(LocalDate.class).single();

		MvcTestResult download = mvc.get().uri("/work/surveys/{id}/responses.xlsx", survey.id()).with(as("inspector"))
			.exchange();

		try (XSSFWorkbook workbook = Workbooks.of(download)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Phieu tra loi");
			assertThat(Workbooks.texts(sheet.getRow(0))).containsExactly("Địa bàn hoặc nhóm", "Hình thức", "Ngày nhận",
					"1. Doanh nghiệp đã nộp hồ sơ theo cách nào?", "2. Thủ tục nào doanh nghiệp đã thực hiện?",
					"3. Mức độ hài lòng chung", "4. Góp ý khác");
			assertThat(sheet.getLastRowNum()).as("a line per response").isEqualTo(1);
			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Phường Cẩm Thành");
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Trực tuyến");
			Workbooks.assertDate(row.getCell(2), day.atStartOfDay());
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Trực tiếp");
			assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Cấp phép bán lẻ rượu; Khác");
			assertThat(row.getCell(5).getCellType()).as("a rating's point").isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(4);
			assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(6).getStringCellValue()).isEqualTo("=Cần \"nhanh\" hơn");
		}
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

	@Test
	void aWrongRoleOrAnotherAgencyIsRefusedTheWorkbook() {
		Survey survey = anOpenSurvey();
		String other = OfficerPages.officerOfAnotherAgency(organization, Role.UNIT_HEAD);

		assertThat(mvc.get().uri("/work/surveys/{id}/responses.xlsx", survey.id()).with(as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}/responses.xlsx", survey.id()).with(as(DemoAccounts.CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}/responses.xlsx", survey.id()).with(as(other))).hasStatus(404);
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
