package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.ListStatements.assertFlat;
import static vn.motcua.testing.PagedResponses.allPages;
import static vn.motcua.testing.PagedResponses.nextPage;
import static vn.motcua.testing.PagedResponses.utf8;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;
import vn.motcua.testing.Workbooks;

/**
 * The leaders' list of overdue and due-soon dossiers and a report figure's drill-down hold every
 * dossier, a page at a time, with the whole count: 60 synthetic open dossiers of 2001 in the read
 * model (more than a page, two of them received at each minute so that pages also part equal times)
 * come first in both lists, and are removed after each test.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ReportListsTests {

	static final String AGENCY = "000.00.31.H55";
	static final String MARK = "ReportListsTests: hồ sơ tổng hợp";
	static final int SYNTHETIC = 60;
	static final String SYN = "SYN-2001-";
	static final Pattern CODE_LINK = Pattern.compile("<a href=\"/work/dossiers/[^\"]+\">([^<]+)</a>");
	static final String YEAR_2001 = "agency=" + AGENCY + "&from=2001-01-01&to=2001-12-31";
	static final LocalDateTime START = LocalDateTime.parse("2001-01-02T08:00");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	/** The synthetic dossiers' codes, the soonest due (and the first received) first. */
	final List<String> synthetic = new ArrayList<>();

	@BeforeEach
	void sixtyOpenDossiersOf2001() {
		for (int n = 0; n < SYNTHETIC; n++) {
			// the two of a minute inserted in the reverse of their codes' order, which the lists follow
			String code = SYN + "%03d".formatted(n ^ 1);
			insert(code, AGENCY, START.plusMinutes(n / 2));
			synthetic.add(code);
		}
		synthetic.sort(null);
	}

	/** An open dossier received then, due 30 days after the first, its step due a day after it was received. */
	private void insert(String code, String agency, LocalDateTime received) {
		jdbc.sql("""
				INSERT INTO report_dossier (dossier_id, dossier_version, code, agency_code, sector_code, sector_name,
				       sector_position, procedure_code, procedure_name, channel, status, submitted_at, received_at,
				       due_at, supplement_requests, step_role, step_due_at, updated_at, active_until)
				VALUES (?, 1, ?, ?, 'SYN', 'Lĩnh vực tổng hợp', 99, 'SYN', ?, 'ONLINE', 'IN_PROGRESS', ?, ?, ?, 0,
				       'SPECIALIST', ?, ?, TIMESTAMP '9999-12-31 00:00:00')""")
			.params(UUID.randomUUID(), code, agency, MARK, received, received, START.plusDays(30),
					received.plusDays(1), START)
			.update();
	}

	@AfterEach
	void removeThem() {
		jdbc.sql("DELETE FROM report_dossier WHERE procedure_name = ?").param(MARK).update();
	}

	@Test
	void theLeadersListOfLateDossiersIsReadAPageAtATimeSoonestDueFirst() {
		long late = jdbc.sql("SELECT COUNT(*) FROM report_dossier WHERE agency_code = ? AND ended_at IS NULL"
				+ " AND step_due_at < ?")
			.params(AGENCY, LocalDateTime.now(VietnamTime.ZONE).plusHours(24))
			.query(Long.class)
			.single();
		MvcTestResult first = mvc.get().uri("/reports/management").with(leader()).exchange();
		assertThat(first).hasStatusOk().bodyText().contains(late + " hồ sơ quá hạn hoặc sắp đến hạn")
			.contains("rel=\"next\"");
		assertThat(codes(utf8(first))).as("the first page: 50, the soonest due first")
			.containsExactlyElementsOf(synthetic.subList(0, 50));

		List<String> all = codes(allPages(mvc, "/reports/management", leader()));
		assertThat(all).as("every late dossier once").hasSize((int) late).doesNotHaveDuplicates();
		assertThat(all.stream().filter(code -> code.startsWith(SYN))).containsExactlyElementsOf(synthetic);
		assertThat(mvc.get().uri("/reports/management?after=khong-phai-vi-tri").with(leader())).hasStatus(400);

		MvcTestResult csv = mvc.get().uri("/reports/management/late.csv").with(leader()).exchange();
		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<String> lines = utf8(csv).lines().skip(1).toList();
		assertThat(lines).as("every late dossier, a line each").hasSize((int) late);
		assertThat(lines.stream().map(line -> line.substring(1, line.indexOf('"', 1))).filter(c -> c.startsWith(SYN)))
			.containsExactlyElementsOf(synthetic);
		assertThat(mvc.get().uri("/reports/management/late.csv").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatus(403);
	}

	@Test
	void aFiguresDrillDownHoldsAsManyDossiersAsTheFigure() {
		String report = utf8(mvc.get().uri("/api/v1/reports/procedure-handling?" + YEAR_2001).with(leader())
			.exchange());
		long figure = JsonPath.<Number>read(report, "$.total.received").longValue();
		assertThat(figure).isGreaterThanOrEqualTo(SYNTHETIC);

		MvcTestResult page = mvc.get().uri("/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED")
			.with(leader()).exchange();
		assertThat(page).hasStatusOk().bodyText().contains("Số hồ sơ: " + figure).contains("rel=\"next\"");
		List<String> behind = codes(allPages(mvc, "/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED",
				leader()));
		assertThat(behind).as("as many as the figure, each once").hasSize((int) figure).doesNotHaveDuplicates();
		assertThat(behind.stream().filter(code -> code.startsWith(SYN))).as("by time received")
			.containsExactlyElementsOf(synthetic);

		List<String> byApi = new ArrayList<>();
		String next = "/api/v1/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED&sector=SYN&size=25";
		int pages = 0;
		while (next != null) {
			MvcTestResult answer = mvc.get().uri(next).with(leader()).exchange();
			assertThat(answer).hasStatusOk();
			byApi.addAll(JsonPath.read(utf8(answer), "$[*].code"));
			next = nextPage(answer);
			pages++;
		}
		assertThat(pages).isEqualTo(3);
		assertThat(byApi).as("the sector's row: the synthetic dossiers only").containsExactlyElementsOf(synthetic);
		assertThat(utf8(mvc.get().uri("/api/v1/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED")
			.with(leader()).exchange())).doesNotContain("Người nộp");

		MvcTestResult csv = mvc.get().uri("/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED&format=csv")
			.with(leader()).exchange();
		assertThat(csv).hasStatusOk().hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"bieu-06-received-2001-01-01-2001-12-31.csv\"");
		List<String> lines = utf8(csv).lines().toList();
		assertThat(lines.get(0)).startsWith("\uFEFF\"Mã hồ sơ\",");
		assertThat(lines).as("the header and as many lines as the figure").hasSize((int) figure + 1);
		assertThat(lines.stream().skip(1).map(line -> line.substring(1, line.indexOf('"', 1)))
			.filter(code -> code.startsWith(SYN))).as("by time received").containsExactlyElementsOf(synthetic);
		assertThat(lines.get(1 + behind.indexOf(synthetic.get(0)))).contains("\"Trực tuyến\"", "\"08:00 02/01/2001\"");

		assertThat(mvc.get().uri("/api/v1/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED&size=201")
			.with(leader())).hasStatus(400).bodyText().contains("Mỗi trang có từ 1 đến 200 hồ sơ.");
		for (String other : List.of("desk", "specialist", DemoAccounts.CITIZEN)) {
			assertThat(mvc.get().uri("/api/v1/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED")
				.with(httpBasic(other, DemoAccounts.PASSWORD))).as(other).hasStatus(403);
		}
	}

	/**
	 * The late list and a figure's dossiers as Excel workbooks: the CSV's lines and columns under bold
	 * headings, the times as dates; another agency's late dossier is in neither, and its agency cannot be
	 * chosen; roles without the lists are refused.
	 */
	@Test
	void theLateListAndAFiguresDossiersAsWorkbooks() throws IOException {
		String theirs = "KHAC-2001-" + UUID.randomUUID();
		insert(theirs, "000.00.99.H99", START);

		List<String> late = csvCodes(mvc.get().uri("/reports/management/late.csv").with(leader()).exchange());
		MvcTestResult lateXlsx = mvc.get().uri("/reports/management/late.xlsx").with(leader()).exchange();
		assertThat(lateXlsx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"ho-so-qua-han-sap-den-han-").endsWith(".xlsx\"");
		try (XSSFWorkbook workbook = Workbooks.of(lateXlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Ho so qua han, sap den han");
			assertThat(Workbooks.texts(sheet.getRow(0))).containsExactly("Mã hồ sơ", "Thủ tục", "Lĩnh vực",
					"Hình thức nộp", "Tình trạng", "Tiếp nhận", "Hẹn trả", "Kết thúc", "Kết quả");
			assertThat(Workbooks.column(sheet, 0)).as("the CSV's lines").containsExactlyElementsOf(late)
				.containsAll(synthetic).doesNotContain(theirs);
			Row first = sheet.getRow(1 + late.indexOf(synthetic.get(0)));
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Trực tuyến");
			Workbooks.assertDate(first.getCell(5), START);
			Workbooks.assertDate(first.getCell(6), START.plusDays(1));
			assertThat(first.getCell(7)).as("not ended").isNull();
		}

		String cell = "/reports/procedure-handling/cell?" + YEAR_2001 + "&cell=RECEIVED&format=";
		List<String> received = csvCodes(mvc.get().uri(cell + "csv").with(leader()).exchange());
		MvcTestResult cellXlsx = mvc.get().uri(cell + "xlsx").with(leader()).exchange();
		assertThat(cellXlsx).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"bieu-06-received-2001-01-01-2001-12-31.xlsx\"");
		try (XSSFWorkbook workbook = Workbooks.of(cellXlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Ho so Bieu 06");
			assertThat(Workbooks.column(sheet, 0)).as("the CSV's lines").containsExactlyElementsOf(received)
				.containsAll(synthetic).doesNotContain(theirs);
			Workbooks.assertDate(sheet.getRow(1 + received.indexOf(synthetic.get(0))).getCell(5), START);
		}

		assertThat(mvc.get().uri("/reports/management/late.xlsx?agency=000.00.99.H99").with(leader())).hasStatus(403);
		assertThat(mvc.get().uri("/reports/procedure-handling/cell?agency=000.00.99.H99&from=2001-01-01"
				+ "&to=2001-12-31&cell=RECEIVED&format=xlsx").with(leader())).hasStatus(403);
		assertThat(mvc.get().uri("/reports/management/late.xlsx").with(httpBasic("desk", DemoAccounts.PASSWORD)))
			.hasStatus(403);
		assertThat(mvc.get().uri(cell + "xlsx").with(httpBasic("desk", DemoAccounts.PASSWORD))).hasStatus(403);
	}

	/** The dossier codes of a CSV export, a line each, its first field. */
	private static List<String> csvCodes(MvcTestResult csv) {
		assertThat(csv).hasStatusOk();
		return utf8(csv).lines().skip(1).map(line -> line.substring(1, line.indexOf('"', 1))).toList();
	}

	/** The dashboard names each line's unit and holder in one statement each, however many lines. */
	@Test
	void theDashboardNamesTheLinesUnitsAndHoldersWithoutAStatementEach() {
		assertFlat("GET /reports/management", () -> mvc.get().uri("/reports/management").with(leader()).exchange(),
				() -> jdbc.sql("""
						INSERT INTO report_dossier (dossier_id, dossier_version, code, agency_code, sector_code,
						       sector_name, sector_position, procedure_code, procedure_name, channel, status, submitted_at,
						       received_at, supplement_requests, step_role, step_unit_id, step_holder_id, step_due_at,
						       updated_at, active_until)
						VALUES (?, 1, ?, ?, 'SYN', 'Lĩnh vực tổng hợp', 99, 'SYN', ?, 'ONLINE', 'IN_PROGRESS', ?, ?, 0,
						       'SPECIALIST', ?, ?, ?, ?, TIMESTAMP '9999-12-31 00:00:00')""")
					.params(UUID.randomUUID(), SYN + "H" + System.nanoTime(), AGENCY, MARK, LocalDateTime.now(),
							LocalDateTime.now(), UUID.randomUUID(), UUID.randomUUID(),
							LocalDateTime.parse("2001-06-01T08:00"), LocalDateTime.now())
					.update());
	}

	private static List<String> codes(String pages) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE_LINK.matcher(pages);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

	private static RequestPostProcessor leader() {
		return httpBasic("leader", DemoAccounts.PASSWORD);
	}
}
