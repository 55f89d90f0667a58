package vn.motcua.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierSaved;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.UploadedFile;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Biểu 06 over HTTP: who may see it, its JSON, its exports (Excel read back by LibreOffice, PDF text),
 * the drill-down, and the public dashboard that shows the same figures and nobody's data.
 */
@WebTest
class ReportingWebTests {

	static final String AGENCY = "000.00.31.H55";
	static final String ONLINE_PROCEDURE = "1.013043.000.00.00.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEventPublisher events;

	String code;
	String period;

	@BeforeEach
	void aReceivedAndAForwardedDossier() {
		code = received();
		mvc.post().uri("/api/v1/work/dossiers/{code}/forward", received()).with(as("desk")).exchange();
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		period = "agency=" + AGENCY + "&from=" + today.minusDays(3) + "&to=" + today.plusDays(1);
		Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(
				() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
	}

	/** The read model is written with the dossier, in its transaction: it never lags behind. */
	@Test
	void theReadModelChangesInTheDossiersOwnTransaction(@Autowired DossierManagement dossiers,
			@Autowired TransactionTemplate transactions) {
		UUID id = jdbc.sql("SELECT id FROM dossier WHERE code = ?").param(code).query(UUID.class).single();
		long storedFor = transactions.execute(status -> {
			events.publishEvent(new DossierSaved(dossiers.facts(id).orElseThrow()));
			status.setRollbackOnly();
			return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE ?")
				.param("%" + code + "%").query(Long.class).single();
		});
		assertThat(storedFor).as("publications stored for the facts").isZero();

		assertThat(mvc.post().uri("/api/v1/work/dossiers/{code}/forward", code).with(as("desk"))).hasStatusOk();
		// no waiting: the step the dossier now waits at is in the read model when the answer comes
		assertThat(jdbc.sql("SELECT step_role FROM report_dossier WHERE dossier_id = ?").param(id).query(String.class)
			.single()).isEqualTo(dossiers.facts(id).orElseThrow().stepRole().name());
		assertThat(jdbc.sql("SELECT dossier_version FROM report_dossier WHERE dossier_id = ?").param(id)
			.query(Long.class).single()).isEqualTo(dossiers.facts(id).orElseThrow().version());
	}

	/**
	 * A database upgraded from when the read model was refreshed by a listener per status change and
	 * hand-over may hold their unprocessed publications: at start-up each dossier is refreshed, once.
	 */
	@Test
	void whatTheFormerDossierListenersLeftIsRefreshedAtStartUp(@Autowired EventPublicationRegistry registry,
			@Autowired TransactionTemplate transactions, @Autowired ConfigurableApplicationContext context) {
		UUID id = jdbc.sql("SELECT id FROM dossier WHERE code = ?").param(code).query(UUID.class).single();
		Map<String, Object> facts = jdbc.sql("SELECT status, dossier_version FROM report_dossier WHERE dossier_id = ?")
			.param(id).query().singleRow();
		jdbc.sql("UPDATE report_dossier SET status = 'SUBMITTED', dossier_version = -1 WHERE dossier_id = ?").param(id)
			.update();
		var leftOver = new DossierStatusChanged(new Actor("desk"), Instant.now(), id, code, AGENCY, ONLINE_PROCEDURE,
				DossierStatus.SUBMITTED, DossierStatus.RECEIVED, null);
		transactions.executeWithoutResult(status -> registry.store(leftOver, Stream.of(PublicationTargetIdentifier
			.of("vn.motcua.reporting.internal.DossierEventsListener.on(vn.motcua.dossier.DossierStatusChanged)"))));

		context.publishEvent(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

		assertThat(jdbc.sql("SELECT status, dossier_version FROM report_dossier WHERE dossier_id = ?").param(id).query()
			.singleRow()).isEqualTo(facts);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single()).isZero();
	}

	@Test
	void theJsonHasOneRowPerSectorATotalThatReconcilesAndTheChoicesMade() throws Exception {
		JsonNode report = report();
		assertThat(report.get("rows").size()).isPositive();
		JsonNode total = report.get("total");
		assertThat(total.get("received").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(total.get("received").asLong()).isEqualTo(
				total.get("online").asLong() + total.get("direct").asLong() + total.get("carriedOver").asLong());
		assertThat(total.get("received").asLong())
			.isEqualTo(total.get("resolved").asLong() + total.get("inProgress").asLong());
		assertThat(report.get("choices").size()).isEqualTo(ReportingManagement.CHOICES.size());
		assertThat(report.get("choices").get(0).get("text").asString()).contains("đã giải quyết");
		long sum = 0;
		for (JsonNode row : report.get("rows")) {
			sum += row.get("received").asLong();
		}
		assertThat(sum).isEqualTo(total.get("received").asLong());
	}

	@Test
	void onlyLeadersHeadsRecordsOfficersAndInspectorsOfTheAgencySeeTheReport() {
		for (String officer : List.of("leader", "unithead", "records", "inspector")) {
			assertThat(mvc.get().uri("/api/v1/reports/procedure-handling?" + period).with(as(officer))).as(officer)
				.hasStatusOk();
		}
		for (String other : List.of("desk", "specialist", DemoAccounts.CITIZEN, DemoAccounts.BUSINESS)) {
			assertThat(mvc.get().uri("/api/v1/reports/procedure-handling?" + period).with(as(other))).as(other)
				.hasStatus(403);
			assertThat(mvc.get().uri("/reports/procedure-handling?" + period).with(as(other))).as(other).hasStatus(403);
		}
		assertThat(mvc.get().uri("/api/v1/reports/procedure-handling?agency=000.00.99.H99").with(as("leader")))
			.as("another agency's report").hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/reports/procedure-handling")).hasStatus(401);
		assertThat(mvc.get().uri("/reports/management").with(as("leader"))).hasStatusOk();
		assertThat(mvc.get().uri("/reports/management").with(as("unithead"))).hasStatusOk();
		for (String other : List.of("desk", "records", "inspector", DemoAccounts.CITIZEN)) {
			assertThat(mvc.get().uri("/reports/management").with(as(other))).as(other).hasStatus(403);
		}
	}

	@Test
	void everyFigureLeadsToTheDossiersBehindIt() {
		String page = body(mvc.get().uri("/reports/procedure-handling?" + period).with(as("leader")).exchange());
		assertThat(page).contains("Biểu số 06/VPCP/KSTT").contains("Số hồ sơ nhận giải quyết")
			.contains("/reports/procedure-handling/cell?").contains("Tổng số");
		String cell = body(mvc.get().uri("/reports/procedure-handling/cell?" + period + "&cell=ONLINE")
			.with(as("leader")).exchange());
		assertThat(cell).contains(code).doesNotContain("Nguyễn Văn An");
		String resolved = body(mvc.get().uri("/reports/procedure-handling/cell?" + period + "&cell=RESOLVED")
			.with(as("leader")).exchange());
		assertThat(resolved).doesNotContain(code);
		assertThat(body(mvc.get().uri("/reports/procedure-handling/cell?" + period + "&cell=RECEIVED&sector=RUOU")
			.with(as("leader")).exchange())).as("the sector by its name").contains("Lĩnh vực: Kinh doanh rượu");
	}

	/**
	 * The people's inspection board reads the dossiers behind a figure, but may not open a dossier's page:
	 * the drill-down names them without a link that would answer 403.
	 */
	@Test
	void theInspectionBoardReadsTheDossiersBehindAFigureWithoutLinksItMayNotFollow() {
		String dossierPage = "/work/dossiers/" + code;
		assertThat(body(mvc.get().uri("/reports/procedure-handling/cell?" + period + "&cell=ONLINE").with(as("leader"))
			.exchange())).contains("href=\"" + dossierPage + "\"");
		assertThat(body(mvc.get().uri("/reports/procedure-handling/cell?" + period + "&cell=ONLINE")
			.with(as("inspector")).exchange())).contains(code).doesNotContain(dossierPage);
		assertThat(mvc.get().uri(dossierPage).with(as("inspector"))).hasStatus(403);
	}

	@Test
	void thePdfCarriesTheFormsVietnameseHeadings() throws IOException {
		MvcTestResult result = mvc.get().uri("/reports/procedure-handling?" + period + "&format=pdf").with(as("leader"))
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			// header cells wrap their words onto several lines
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC").contains("Số hồ sơ nhận giải quyết")
				.contains("Số hồ sơ đã giải quyết").contains("Số hồ sơ đang giải quyết").contains("Trước hạn")
				.contains("Đúng hạn").contains("Quá hạn").contains("Trong hạn").contains("Tổng số")
				.contains("Đơn vị tính: Số hồ sơ TTHC");
		}
	}

	@Test
	void theCsvExportHasTheJsonsFigures() throws Exception {
		JsonNode report = report();
		String csv = body(mvc.get().uri("/reports/procedure-handling?" + period + "&format=csv").with(as("leader"))
			.exchange());
		assertThat(csv).as("UTF-8 with the mark Excel needs").startsWith("\uFEFF\"");
		List<List<String>> lines = csv(csv.substring(1));
		assertThat(lines.get(0).get(2)).isEqualTo("Nhận giải quyết, tổng số");
		assertFigures(lines.subList(1, lines.size()), report);
	}

	@Test
	@Tag("libreoffice")
	void theExcelExportReadByLibreOfficeHasTheJsonsFigures() throws Exception {
		JsonNode report = report();
		byte[] xlsx = mvc.get().uri("/reports/procedure-handling?" + period + "&format=xlsx").with(as("leader"))
			.exchange().getResponse().getContentAsByteArray();
		Path dir = Files.createTempDirectory("bieu06");
		Files.write(dir.resolve("bieu06.xlsx"), xlsx);
		Process soffice = new ProcessBuilder(TestLayers.SOFFICE, "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.toString(),
				dir.resolve("bieu06.xlsx").toString())
			.redirectErrorStream(true).start();
		String output = new String(soffice.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(soffice.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
		List<List<String>> lines = csv(Files.readString(dir.resolve("bieu06.csv"), StandardCharsets.UTF_8));
		int numbers = 0;
		while (!lines.get(numbers).get(0).equals("(1)")) {
			numbers++;
		}
		assertThat(lines.get(numbers)).containsSubsequence("(1)", "(2)", "(3)", "(13)", "(14)", "(15)", "(16)");
		assertThat(String.join(",", lines.get(numbers - 3))).contains("Số hồ sơ nhận giải quyết")
			.contains("Kết quả giải quyết");
		assertFigures(lines.subList(numbers + 1, lines.size()), report);
	}

	@Test
	void thePublicDashboardShowsTheReportsFiguresAndNoPersonalData() throws Exception {
		JsonNode report = report();
		String page = body(mvc.get().uri("/transparency?" + period).exchange());
		assertThat(page).contains("Công khai kết quả giải quyết thủ tục hành chính").contains("<svg")
			.contains("figures-period").doesNotContain("Nguyễn Văn An").doesNotContain(DemoAccounts.CITIZEN)
			.doesNotContain("0905000001").doesNotContain(code).doesNotContain("https://");
		String table = page.substring(page.indexOf("id=\"figures-period\""));
		for (JsonNode row : report.get("rows")) {
			assertThat(table).contains(row.get("sectorName").asString());
		}
		String total = table.substring(table.indexOf("class=\"total\""));
		assertThat(total).contains("<td>" + report.get("total").get("received").asLong() + "</td>");
	}

	/** A year is not an amount: "2026", never "2.026" nor "2,026". */
	@Test
	void thePublicDashboardNamesItsReportingYearWithoutAThousandsSeparator() {
		assertThat(body(mvc.get().uri("/transparency").exchange())).containsPattern("Năm báo cáo 20\\d\\d<");
		assertThat(body(mvc.get().uri("/transparency").cookie(new Cookie("motcua-lang", "en")).exchange()))
			.containsPattern("Reporting year 20\\d\\d<");
	}

	private JsonNode report() throws Exception {
		MvcTestResult result = mvc.get().uri("/api/v1/reports/procedure-handling?" + period).with(as("leader"))
			.exchange();
		assertThat(result).hasStatusOk();
		return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private static void assertFigures(List<List<String>> lines, JsonNode report) {
		List<JsonNode> expected = new ArrayList<>();
		report.get("rows").forEach(expected::add);
		expected.add(report.get("total"));
		String[] fields = { "received", "online", "direct", "carriedOver", "resolved", "early", "onTime", "late",
				"inProgress", "withinDeadline", "overdue", "withdrawn", "refused", "stopped" };
		for (int index = 0; index < expected.size(); index++) {
			List<String> line = lines.get(index);
			for (int field = 0; field < fields.length; field++) {
				assertThat(Double.parseDouble(line.get(2 + field))).as("line %d, %s", index, fields[field])
					.isEqualTo(expected.get(index).get(fields[field]).asDouble());
			}
		}
	}

	/** A small CSV reader: quoted fields with doubled quotes, comma separated. */
	static List<List<String>> csv(String text) {
		List<List<String>> lines = new ArrayList<>();
		for (String raw : text.split("\r?\n")) {
			List<String> fields = new ArrayList<>();
			StringBuilder field = new StringBuilder();
			boolean quoted = false;
			for (int i = 0; i < raw.length(); i++) {
				char c = raw.charAt(i);
				if (quoted && c == '"' && i + 1 < raw.length() && raw.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = !quoted;
				}
				else if (c == ',' && !quoted) {
					fields.add(field.toString());
					field.setLength(0);
				}
				else {
					field.append(c);
				}
			}
			fields.add(field.toString());
			lines.add(fields);
		}
		return lines;
	}

	private String received() {
		String received = submitted(intake, accounts);
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", received).with(as("desk"))).hasStatusOk();
		return received;
	}

	/** A dossier the demo citizen submitted online with its four files; its code. */
	static String submitted(DossierIntake intake, AccountManagement accounts) {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0,
				0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };
		return intake.submitOnline(citizen, new OnlineSubmission(ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, List.of(new UploadedFile(0, "don.pdf", pdf),
						new UploadedFile(1, "cccd.png", png), new UploadedFile(2, "van-bang.pdf", pdf),
						new UploadedFile(3, "anh.png", png))))
			.code();
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
