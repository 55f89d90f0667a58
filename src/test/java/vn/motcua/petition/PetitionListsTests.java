package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.ListStatements.assertFlat;
import static vn.motcua.testing.PagedResponses.nextPage;
import static vn.motcua.testing.PagedResponses.utf8;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Registration;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.ApiTimes;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;
import vn.motcua.testing.Workbooks;

/**
 * The petitions' lists (the officers' queue, the export, the petitioner's own) read their lines in
 * one query however many there are, a denunciation's identity left out; the queue is read a page at
 * a time. A new officer's own queue starts empty, so that the rows a test adds are the rows it shows.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class PetitionListsTests {

	static final String PASSWORD = "Cuaso2026x";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theOfficersQueuePageAndApiAndTheExport() {
		String officer = newSpecialist();
		List<String> assigned = new ArrayList<>();
		Runnable more = () -> assigned.add(assignedTo(officer, assigned.size() % 2 == 0
				? PetitionFixtures.aFeedback() : PetitionFixtures.aDenunciation()));
		assertFlat("GET /work/petitions?mine=true", () -> get("/work/petitions?mine=true", officer), more);
		assertFlat("GET /api/v1/petitions?mine=true", () -> get("/api/v1/petitions?mine=true", officer), more);
		assertFlat("GET /work/petitions/export.csv", () -> get("/work/petitions/export.csv", officer), more);

		String queue = utf8(get("/api/v1/petitions?mine=true", officer));
		assertThat(JsonPath.<List<String>>read(queue, "$[*].code")).as("the officer's queue")
			.containsExactlyInAnyOrderElementsOf(assigned);
		assertThat(JsonPath.<List<Boolean>>read(queue, "$[?(@.kind == 'DENUNCIATION')].redacted")).isNotEmpty()
			.containsOnly(true);
		assertThat(queue).as("a denouncer's name").doesNotContain("Lê Thị Tố Giác").contains("Trần Thị Phản Ánh");
		assertThat(get("/work/petitions?mine=true", officer)).bodyText().contains(assigned.get(0))
			.doesNotContain("Lê Thị Tố Giác");
	}

	@Test
	void thePetitionersOwnPageAndApi() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		Runnable more = () -> petitions.receive(PetitionFixtures.aFeedback().withAccount(citizen), Actor.ANONYMOUS);
		assertFlat("GET /my/petitions", () -> get("/my/petitions", DemoAccounts.CITIZEN, DemoAccounts.PASSWORD), more);
		assertFlat("GET /api/v1/my/petitions",
				() -> get("/api/v1/my/petitions", DemoAccounts.CITIZEN, DemoAccounts.PASSWORD), more);
	}

	/** "Đơn của tôi" a page at a time, the newest first, with how many the petitioner sent. */
	@Test
	void thePetitionersOwnListIsReadAPageAtATimeNewestFirst() {
		String idNumber = Long.toString(100_000_000_000L + Math.floorMod(System.nanoTime(), 900_000_000_000L));
		UUID account = accounts.register(new Registration(AccountKind.CITIZEN, "Phan Thị Gửi", idNumber,
				"09" + idNumber.substring(4), "gui." + idNumber + "@example.vn", PASSWORD));
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sent.add(petitions.receive(PetitionFixtures.aFeedback().withAccount(account), Actor.ANONYMOUS).code());
		}

		MvcTestResult first = get("/api/v1/my/petitions?size=2", idNumber);
		assertThat(JsonPath.<List<String>>read(utf8(first), "$[*].code")).containsExactly(sent.get(2), sent.get(1));
		String next = nextPage(first);
		assertThat(next).isNotNull();
		MvcTestResult second = get(next, idNumber);
		assertThat(JsonPath.<List<String>>read(utf8(second), "$[*].code")).containsExactly(sent.get(0));
		assertThat(nextPage(second)).isNull();
		assertThat(get("/my/petitions", idNumber)).hasStatusOk().bodyText().contains("Bạn đã gửi 3 đơn")
			.contains(sent.get(0), sent.get(2));
		assertThat(get("/api/v1/my/petitions?size=0", idNumber)).hasStatus(400).bodyText().contains("1 đến 200 đơn");
	}

	/**
	 * Page after page by the Link header: every petition once, soonest due first; a received
	 * petition is due by the sooner of its acceptance and forwarding times, an accepted one by its
	 * resolution's.
	 */
	@Test
	void theQueueIsReadAPageAtATimeSoonestDueFirst() {
		String officer = newSpecialist();
		CurrentUser leader = PetitionFixtures.officer(accounts, "leader");
		List<String> assigned = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			assigned.add(assignedTo(officer, i % 2 == 0 ? PetitionFixtures.aComplaint() : PetitionFixtures.aFeedback()));
		}
		petitions.accept(assigned.get(1), leader);

		List<String> codes = new ArrayList<>();
		List<LocalDateTime> dueTimes = new ArrayList<>();
		String uri = "/api/v1/petitions?mine=true&size=2";
		int pages = 0;
		while (uri != null) {
			MvcTestResult page = get(uri, officer);
			assertThat(page).hasStatusOk();
			String body = utf8(page);
			codes.addAll(JsonPath.read(body, "$[*].code"));
			JsonPath.<List<String>>read(body, "$[*].dueAt").forEach(due -> dueTimes.add(ApiTimes.vietnamTime(due)));
			uri = nextPage(page);
			pages++;
		}

		assertThat(pages).isEqualTo(3);
		assertThat(codes).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(assigned);
		assertThat(dueTimes).isSorted();
		assertThat(dueTimes.get(codes.indexOf(assigned.get(1)))).as("the accepted petition's resolution is due")
			.isEqualTo(petitions.track(assigned.get(1)).orElseThrow().resolutionDueAt());
		Petition received = petitions.track(assigned.get(0)).orElseThrow();
		assertThat(dueTimes.get(codes.indexOf(assigned.get(0)))).isEqualTo(received.nextDueAt())
			.isIn(received.acceptanceDueAt(), received.forwardingDueAt());
		assertThat(get("/api/v1/petitions?size=0", officer)).hasStatus(400).bodyText().contains("1 đến 200 đơn");
		assertThat(get("/work/petitions?after=khong-phai-vi-tri", officer)).hasStatus(400);
	}

	/**
	 * The queue narrowed by a search (a code's part, words of the title or content without their
	 * diacritics, a sender's name but never a denouncer's), by kind and by standing; the counts and the
	 * next page's link keep the filter.
	 */
	@Test
	void theQueueIsNarrowedBySearchKindAndStanding() {
		String officer = newSpecialist();
		clock.set(Instant.now().minus(java.time.Duration.ofDays(60)));
		String late = assignedTo(officer, PetitionFixtures.aComplaint());
		clock.reset();
		String word = "Quelinh" + Long.toString(System.nanoTime(), 36);
		String question = assignedTo(officer, PetitionFixtures.aQuestion("Cấp phép " + word + " ở Đức Phổ",
				"Thời hạn cấp giấy chứng nhận đủ điều kiện?", null));
		String feedback = assignedTo(officer, PetitionFixtures.aFeedback());
		String secondFeedback = assignedTo(officer, PetitionFixtures.aFeedback());
		String denunciation = assignedTo(officer, PetitionFixtures.aDenunciation());

		assertThat(codes("kind=QUESTION", officer)).containsExactly(question);
		assertThat(codes("q=" + word.toLowerCase() + " o duc pho", officer)).as("words without diacritics")
			.containsExactly(question);
		assertThat(codes("q=" + question.substring(2, 8).toLowerCase(), officer)).as("part of the code")
			.containsExactly(question);
		assertThat(codes("q=Phản Ánh", officer)).as("a sender's name")
			.containsExactlyInAnyOrder(feedback, secondFeedback);
		assertThat(codes("q=phan anh", officer)).as("a sender's name without diacritics")
			.containsExactlyInAnyOrder(feedback, secondFeedback);
		assertThat(codes("q=Tố Giác", officer)).as("a denouncer's name finds nothing").isEmpty();
		assertThat(codes("q=to giac", officer)).as("nor without diacritics").isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM petition WHERE code = ? AND petitioner_words IS NULL")
			.param(denunciation).query(Integer.class).single()).as("a denouncer's name is not kept in search form")
			.isOne();
		assertThat(codes("q=Khiếu", officer)).containsExactly(late);
		assertThat(codes("q=khieu vo", officer)).as("the words of a name in any order").containsExactly(late);
		assertThat(codes("standing=OVERDUE", officer)).containsExactly(late);
		assertThat(codes("standing=WITHIN_DEADLINE", officer))
			.containsExactlyInAnyOrder(question, feedback, secondFeedback, denunciation);
		assertThat(codes("kind=FEEDBACK&standing=OVERDUE", officer)).isEmpty();

		MvcTestResult first = get("/api/v1/petitions?mine=true&kind=FEEDBACK&size=1", officer);
		String next = nextPage(first);
		assertThat(next).contains("kind=FEEDBACK", "mine=true");
		assertThat(JsonPath.<List<String>>read(utf8(get(next, officer)), "$[*].code")).hasSize(1)
			.doesNotContainAnyElementsOf(JsonPath.<List<String>>read(utf8(first), "$[*].code"))
			.containsAnyOf(feedback, secondFeedback);

		assertThat(get("/work/petitions?mine=true&standing=OVERDUE", officer)).hasStatusOk().bodyText()
			.contains("1 đơn đang chờ xử lý khớp với điều kiện lọc, trong đó 1 đơn quá hạn.", late)
			.doesNotContain(question);
		assertThat(get("/work/petitions?mine=true&q=Tố Giác", officer)).hasStatusOk().bodyText()
			.contains("Không có đơn đang chờ xử lý nào khớp với điều kiện lọc.");
		assertThat(get("/api/v1/petitions?kind=KHONG_CO", officer)).hasStatus(400);
		assertThat(get("/api/v1/petitions?q=" + "a".repeat(201), officer)).hasStatus(400).bodyText()
			.contains("Từ khóa tìm kiếm quá dài.");
		assertThat(get("/work/petitions?q=" + "a".repeat(201), officer)).hasStatus(400).bodyText()
			.contains("Từ khóa tìm kiếm quá dài.");
		assertThat(get("/work/petitions?standing=KHONG_CO", officer)).hasStatus(400).bodyText()
			.contains("KHONG_CO").contains("của standing không hợp lệ: cần một trong các giá trị WITHIN_DEADLINE, OVERDUE.");
	}

	private List<String> codes(String filter, String officer) {
		MvcTestResult page = get("/api/v1/petitions?mine=true&" + filter, officer);
		assertThat(page).hasStatusOk();
		assertThat(nextPage(page)).isNull();
		return JsonPath.read(utf8(page), "$[*].code");
	}

	/**
	 * The export holds the petitions received in the period by Vietnam's dates (a petition of 23:30 on
	 * the last day in, one of 00:10 the day after out), this year so far unless a period is chosen; an
	 * end before the start is refused before anything is written. It reads as the pages do: headings,
	 * kinds, channels and statuses in the officer's language (Vietnamese unless they chose English),
	 * sectors by name, times in Vietnam's, UTF-8 with the mark Excel needs, and text typed into a form
	 * never a formula.
	 */
	@Test
	void theExportHoldsThePetitionsReceivedInThePeriod() {
		String lastOfFebruary = receivedAt("2019-02-28T23:59");
		String firstOfMarch = receivedAt("2019-03-01T00:00");
		String lastOfMarch = receivedAt("2019-03-31T23:30");
		String firstOfApril = receivedAt("2019-04-01T00:10");
		clock.set(PetitionFixtures.at("2019-03-15T08:00"));
		String formula = petitions.receive(PetitionFixtures.aQuestion("=HYPERLINK(\"http://x.example\")",
				"Nội dung câu hỏi.", "RUOU"), Actor.ANONYMOUS).code();
		clock.reset();

		MvcTestResult march = get("/work/petitions/export.csv?from=2019-03-01&to=2019-03-31", "leader",
				DemoAccounts.PASSWORD);
		assertThat(march).hasStatusOk().hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"petitions-2019-03-01-2019-03-31.csv\"");
		String csv = utf8(march);
		assertThat(csv).startsWith("\uFEFF\"Mã đơn\",\"Loại đơn\",\"Kênh tiếp nhận\",\"Trạng thái\",\"Ngày tiếp nhận\","
				+ "\"Tiêu đề\",\"Họ và tên\",")
			.contains(firstOfMarch, lastOfMarch)
			.doesNotContain(lastOfFebruary, firstOfApril);
		assertThat(line(csv, lastOfMarch)).as("labels and Vietnam's time, not codes and UTC")
			.startsWith("\"" + lastOfMarch + "\",\"Phản ánh\",\"Biểu mẫu trên cổng\",\"Đã tiếp nhận\",\"23:30 31/03/2019\",");
		assertThat(line(csv, formula)).contains(",\"'=HYPERLINK(\"\"http://x.example\"\")\",")
			.as("the sector by its name").contains(",\"Kinh doanh rượu\",");
		// The time received is the first time on a line; a label before it may hold a comma.
		Pattern time = Pattern.compile("\\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		DateTimeFormatter printed = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
		assertThat(csv.lines().skip(1).map(line -> time.matcher(line).results().findFirst().orElseThrow())
			.map(found -> LocalDateTime.parse(found.group(), printed)))
			.as("every line received in March, Vietnam time")
			.allSatisfy(at -> assertThat(at).isBetween(LocalDateTime.parse("2019-03-01T00:00"),
					LocalDateTime.parse("2019-03-31T23:59")));

		assertThat(line(utf8(get("/work/petitions/export.csv?from=2019-03-01&to=2019-03-31&lang=en", "leader",
				DemoAccounts.PASSWORD)), lastOfMarch)).as("in English when the officer chose it")
			.startsWith("\"" + lastOfMarch + "\",\"Feedback\",");

		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		MvcTestResult thisYear = get("/work/petitions/export.csv", "leader", DemoAccounts.PASSWORD);
		assertThat(thisYear).hasStatusOk().hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"petitions-" + today.withDayOfYear(1) + "-" + today + ".csv\"");
		assertThat(utf8(thisYear)).doesNotContain(firstOfMarch);

		assertThat(get("/work/petitions/export.csv?from=2019-04-01&to=2019-03-01", "leader", DemoAccounts.PASSWORD))
			.hasStatus(400).bodyText().contains("Ngày kết thúc không được trước ngày bắt đầu.");
		assertThat(get("/work/petitions/export.csv?from=khong-phai-ngay", "leader", DemoAccounts.PASSWORD))
			.hasStatus(400).bodyText()
			.contains("khong-phai-ngay").contains("của Từ ngày không hợp lệ: cần một ngày dạng yyyy-MM-dd");
	}

	/**
	 * The export's twin as an Excel workbook: the CSV's lines and columns under bold headings, the time
	 * received a date in Vietnam's time, without another agency's petition; an officer of another agency
	 * exports their own agency's only, and a role without the petitions is refused.
	 */
	@Test
	void theExportAsAnExcelWorkbook() throws IOException {
		String lastOfMarch = receivedAt("2019-03-31T23:30");
		String firstOfApril = receivedAt("2019-04-01T00:10");
		String theirs = receivedAt("2019-03-15T09:00");
		Agency another = organization.createAgency("000.00.99.H55-" + UUID.randomUUID().toString().substring(0, 8),
				"Sở Công Thương tỉnh khác", "Quảng Ngãi");
		jdbc.sql("UPDATE petition SET agency_code = ? WHERE code = ?").params(another.code(), theirs).update();
		clock.reset();
		String march = "?from=2019-03-01&to=2019-03-31";

		List<String> csv = utf8(get("/work/petitions/export.csv" + march, "leader", DemoAccounts.PASSWORD)).lines()
			.skip(1).map(line -> line.substring(1, line.indexOf('"', 1))).toList();
		MvcTestResult download = get("/work/petitions/export.xlsx" + march, "leader", DemoAccounts.PASSWORD);
		assertThat(download).hasHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"petitions-2019-03-01-2019-03-31.xlsx\"");
		try (XSSFWorkbook workbook = Workbooks.of(download)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Don thu");
			assertThat(Workbooks.texts(sheet.getRow(0))).hasSize(13).startsWith("Mã đơn", "Loại đơn", "Kênh tiếp nhận",
					"Trạng thái", "Ngày tiếp nhận", "Tiêu đề", "Họ và tên");
			assertThat(Workbooks.column(sheet, 0)).as("the CSV's lines").containsExactlyElementsOf(csv)
				.contains(lastOfMarch).doesNotContain(firstOfApril, theirs);
			Row row = sheet.getRow(1 + csv.indexOf(lastOfMarch));
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Phản ánh");
			Workbooks.assertDate(row.getCell(4), LocalDateTime.parse("2019-03-31T23:30"));
		}

		String other = OfficerPages.officerOfAnotherAgency(organization, Role.SPECIALIST);
		try (XSSFWorkbook theirAgencys = Workbooks.of(get("/work/petitions/export.xlsx" + march, other,
				DemoAccounts.PASSWORD))) {
			assertThat(Workbooks.column(theirAgencys.getSheetAt(0), 0))
				.as("an officer of another agency exports their own agency's (decision 0047)")
				.doesNotContain(lastOfMarch, theirs);
		}
		assertThat(get("/work/petitions/export.xlsx" + march, "records", DemoAccounts.PASSWORD)).hasStatus(403);
		assertThat(get("/work/petitions/export.xlsx?from=2019-04-01&to=2019-03-01", "leader", DemoAccounts.PASSWORD))
			.hasStatus(400).bodyText().contains("Ngày kết thúc không được trước ngày bắt đầu.");
	}

	/** The export's line of a petition. */
	private static String line(String csv, String code) {
		return csv.lines().filter(line -> line.startsWith("\"" + code + "\"")).findFirst().orElseThrow();
	}

	/** A petition received at a Vietnam local time. */
	private String receivedAt(String localDateTime) {
		clock.set(PetitionFixtures.at(localDateTime));
		return petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();
	}

	/** A specialist of the home agency, new, so that their queue holds only what a test assigns them. */
	private String newSpecialist() {
		Agency home = organization.homeAgency().orElseThrow();
		String username = "cv" + Long.toString(System.nanoTime(), 36);
		organization.createOfficer(new OfficerRegistration(home.id(), organization.units(home.id()).get(0).id(),
				"Chuyên viên " + username, "Chuyên viên", username, null, null, PASSWORD, Set.of(Role.SPECIALIST),
				PasswordChosenBy.HOLDER));
		return username;
	}

	private String assignedTo(String officer, PetitionSubmission submission) {
		CurrentUser leader = PetitionFixtures.officer(accounts, "leader");
		Petition petition = petitions.receive(submission, Actor.ANONYMOUS);
		petitions.assign(petition.code(), accounts.findByUsername(officer).orElseThrow().id(), leader);
		return petition.code();
	}

	private MvcTestResult get(String uri, String officer) {
		return get(uri, officer, PASSWORD);
	}

	private MvcTestResult get(String uri, String username, String password) {
		return mvc.get().uri(uri).with(httpBasic(username, password)).exchange();
	}

}
