package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.catalog.ApplicantKind;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;
import vn.motcua.testing.Workbooks;

/** The dossier register (Mẫu 06): the agency's own dossiers, filtered, on screen and exported. */
@WebTest
class DossierRegisterTests {

	static final String DEMO_AGENCY = "000.00.31.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	DossierCodeSequence sequence;

	@Test
	void theDeskSeesItsAgencysDossiersOfThePeriodAndNotOtherAgencies() {
		Dossier ours = store(DEMO_AGENCY, "Phạm Thị Quyên " + UUID.randomUUID());
		Dossier theirs = store("000.00.99.H99", "Lý Văn Tư " + UUID.randomUUID());

		assertThat(mvc.get().uri("/desk/register?from=2026-11-23&to=2026-11-23").with(as("desk")))
			.hasStatusOk()
			.bodyText()
			.contains(ours.code())
			.contains(ours.applicant().name())
			.doesNotContain(theirs.code());
		assertThat(mvc.get().uri("/desk/register?from=2026-11-24&to=2026-11-30").with(as("desk")))
			.bodyText().doesNotContain(ours.code());
	}

	@Test
	void filtersByApplicantNameAndStatus() {
		String unique = UUID.randomUUID().toString();
		String name = "Đoàn Thị Hương " + unique;
		Dossier dossier = store(DEMO_AGENCY, name);
		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("text", name.toLowerCase()).with(as("desk")))
			.bodyText().contains(dossier.code()).contains("Có 1 hồ sơ.");
		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("text", "huong doan " + unique).with(as("desk")))
			.as("without diacritics, words in any order").bodyText().contains(dossier.code())
			.contains("Có 1 hồ sơ.");
		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-01").param("to", "2026-11-30")
			.param("text", name).param("status", "RECEIVED").with(as("desk")))
			.bodyText().doesNotContain(dossier.code());
	}

	@Test
	void theExcelExportHasTheFormsHeadingsAndTheRows() throws IOException {
		String name = "Trịnh Văn Ước " + UUID.randomUUID();
		Dossier dossier = store(DEMO_AGENCY, name);
		byte[] excel = mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", name).param("format", "xlsx").with(as("leader")).exchange().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sổ theo dõi hồ sơ");
			Row header = sheet.getRow(3);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
			assertThat(header.getCell(2).getStringCellValue()).isEqualTo("Tên thủ tục hành chính");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(dossier.code());
			assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).startsWith(name);
			assertThat(sheet.getRow(4).getCell(0).getNumericCellValue()).as("the line's number, a number").isEqualTo(1);
			assertThat(sheet.getRow(4).getCell(3).getNumericCellValue()).as("the sets, a number").isEqualTo(2);
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).as("the headings stay in view")
				.isEqualTo((short) 4);
			assertThat(sheet.getLastRowNum()).isEqualTo(4);
		}
	}

	@Test
	void theWorkbooksPeriodLinePrintsItsDatesAsThePagesDoInTheReadersLanguage() throws IOException {
		for (String[] language : new String[][] { { "vi", "Từ ngày 01/11/2026 đến ngày 23/11/2026" },
				{ "en", "From 01/11/2026 to 23/11/2026" } }) {
			try (XSSFWorkbook workbook = Workbooks.of(mvc.get().uri("/desk/register").param("from", "2026-11-01")
				.param("to", "2026-11-23").param("lang", language[0]).param("format", "xlsx").with(as("desk"))
				.exchange())) {
				assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(language[1]);
			}
		}
	}

	@Test
	void theCsvExportQuotesAndDefusesFormulas() {
		Dossier dossier = store(DEMO_AGENCY, "=HYPERLINK(\"x\") " + UUID.randomUUID());
		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", dossier.code()).param("format", "csv").with(as("desk")))
			.hasStatusOk()
			.bodyText()
			.contains("\"Mã hồ sơ\"")
			.contains("\"" + dossier.code() + "\"")
			.contains("\"'=HYPERLINK(\"\"x\"\")");
	}

	/**
	 * An export longer than one fetch of the database (it is written as the rows are read, a batch at a
	 * time) holds every line once, in the order registered, numbered without a gap.
	 */
	@Test
	void aLongExportHoldsEveryLineInOrder() throws IOException {
		String name = "Hồ Văn Dài " + UUID.randomUUID();
		int count = DossierRegister.EXPORT_FETCH_SIZE + 100;
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(store(DEMO_AGENCY, name).code());
		}

		String csv = mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", name).param("format", "csv").with(as("desk")).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<String[]> lines = csv.lines().skip(1).map(line -> line.replace("\"", "").split(",")).toList();
		assertThat(lines).extracting(cells -> cells[0])
			.containsExactlyElementsOf(IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList());
		assertThat(lines).extracting(cells -> cells[1]).containsExactlyElementsOf(codes);

		byte[] excel = mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", name).param("format", "xlsx").with(as("desk")).exchange().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(3 + count);
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo(codes.get(0));
			assertThat(sheet.getRow(3 + count).getCell(0).getNumericCellValue()).isEqualTo(count);
			assertThat(sheet.getRow(3 + count).getCell(1).getStringCellValue()).isEqualTo(codes.get(count - 1));
		}
	}

	@Test
	void aReversedPeriodIsExplainedAndApplicantsAndSpecialistsHaveNoRegister() {
		assertThat(mvc.get().uri("/desk/register?from=2026-11-30&to=2026-11-01").with(as("desk")))
			.hasStatus(400).bodyText().contains("Ngày bắt đầu phải trước ngày kết thúc.");
		assertThat(mvc.get().uri("/desk/register").with(as("specialist"))).hasStatus(403);
		assertThat(mvc.get().uri("/desk/register").with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri("/desk/register").with(as("inspector"))).hasStatusOk();
	}

	/**
	 * The People's Inspection Board supervises the register (decision 0031): the applicant's name, the
	 * phone with its middle withheld and no address, on the page and in both exports; the desk reads them whole.
	 */
	@Test
	void theInspectionBoardReadsTheRegisterWithTheApplicantsContactsMasked() throws IOException {
		String name = "Lưu Thị Giám Sát " + UUID.randomUUID();
		Dossier dossier = store(DEMO_AGENCY, name, "45 Phan Đình Phùng, Quảng Ngãi", "0905246810");

		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", name).with(as("inspector")))
			.hasStatusOk().bodyText().contains(dossier.code()).contains(name).contains("0905***810")
			.doesNotContain("0905246810").doesNotContain("45 Phan Đình Phùng");
		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", name).param("format", "csv").with(as("inspector")))
			.hasStatusOk().bodyText().contains(name).contains("0905***810").doesNotContain("0905246810")
			.doesNotContain("45 Phan Đình Phùng");
		try (XSSFWorkbook workbook = Workbooks.of(mvc.get().uri("/desk/register").param("from", "2026-11-23")
			.param("to", "2026-11-23").param("text", name).param("format", "xlsx").with(as("inspector")).exchange())) {
			Row line = workbook.getSheetAt(0).getRow(4);
			assertThat(line.getCell(4).getStringCellValue()).isEqualTo(name + ", ***");
			assertThat(line.getCell(5).getStringCellValue()).isEqualTo("0905***810");
		}
		assertThat(mvc.get().uri("/desk/register").param("from", "2026-11-23").param("to", "2026-11-23")
			.param("text", name).with(as("desk")))
			.hasStatusOk().bodyText().contains("0905246810").contains("45 Phan Đình Phùng");
	}

	private Dossier store(String agencyCode, String applicantName) {
		return store(agencyCode, applicantName, "Quảng Ngãi", "0905000001");
	}

	private Dossier store(String agencyCode, String applicantName, String address, String phone) {
		Submission template = DossierFixtures.anOnlineSubmission();
		Submission submission = new Submission(template.procedure(), template.channel(), 2,
				new Applicant(ApplicantKind.CITIZEN, applicantName, "051090000001", address, phone, null),
				template.accountId(), template.delivery(), null, null, template.documents());
		DossierCode code = sequence.next(agencyCode, LocalDate.of(2026, 11, 23));
		return dossiers.save(Dossier.register(code, submission, DossierFixtures.SUBMITTED_AT, DossierFixtures.CITIZEN));
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
