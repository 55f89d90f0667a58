package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.PagedResponses.nextPage;
import static vn.motcua.testing.PagedResponses.utf8;

import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.shared.ListPage;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The desk's waiting list: read a page at a time, the first submitted first, with the count of every
 * dossier waiting whatever the page shows (it showed the first 200 and said nothing of the rest); an
 * applicant at the counter found by the code; only the agencies where the officer holds the desk's role.
 */
@WebTest
class DeskQueueTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWaitingListIsReadAPageAtATimeFirstSubmittedFirst() {
		List<String> mine = List.of(submitted(), submitted(), submitted());
		long waiting = waitingAt(agencyOf(mine.get(0)));

		// Pages of two made a request for every two dossiers the other tests of the shared database left
		// waiting (over a minute of the suite); about three pages walk the cursor as well.
		int size = (int) Math.max(2, Math.min(ListPage.MAX_SIZE, waiting / 3));
		List<String> codes = new ArrayList<>();
		List<Instant> submittedAt = new ArrayList<>();
		String uri = "/api/v1/desk/dossiers?size=" + size;
		int pages = 0;
		while (uri != null) {
			MvcTestResult page = get(uri, "desk");
			assertThat(page).as(uri).hasStatusOk();
			String body = utf8(page);
			codes.addAll(JsonPath.read(body, "$[*].code"));
			JsonPath.<List<String>>read(body, "$[*].submittedAt").forEach(at -> submittedAt.add(Instant.parse(at)));
			uri = nextPage(page);
			pages++;
		}

		assertThat(codes).as("every dossier waiting, once").doesNotHaveDuplicates().hasSize((int) waiting);
		assertThat(pages).isEqualTo((int) ((waiting + size - 1) / size));
		assertThat(submittedAt).isSorted();
		assertThat(codes.indexOf(mine.get(0))).isNotNegative().isLessThan(codes.indexOf(mine.get(1)));
		assertThat(codes.indexOf(mine.get(1))).isLessThan(codes.indexOf(mine.get(2)));
		assertThat(get("/desk/dossiers", "desk")).hasStatusOk().bodyText().contains(counted(waiting));
	}

	@Test
	void theApplicantAtTheCounterIsFoundByTheCode() {
		List<String> mine = List.of(submitted(), submitted());
		String code = mine.get(1);
		long waiting = waitingAt(agencyOf(code));

		assertThat(get("/desk/dossiers?q=" + code.toLowerCase(Locale.ROOT), "desk")).hasStatusOk().bodyText()
			.contains(code).doesNotContain(mine.get(0)).as("the count covers the whole list").contains(counted(waiting));
		assertThat(JsonPath.<List<String>>read(utf8(get("/api/v1/desk/dossiers?q=" + code, "desk")), "$[*].code"))
			.containsExactly(code);
		assertThat(get("/desk/dossiers?q=khong-co-ho-so-nay", "desk")).hasStatusOk().bodyText()
			.contains("Không có hồ sơ chờ tiếp nhận nào khớp với nội dung tìm.");
	}

	@Test
	void badPagesAreExplainedAndOnlyTheDeskReadsTheList() {
		assertThat(get("/api/v1/desk/dossiers?size=0", "desk")).hasStatus(400).bodyText().contains("1 đến 200 hồ sơ");
		assertThat(get("/desk/dossiers?after=khong-phai-vi-tri", "desk")).hasStatus(400).bodyText()
			.contains("Không đọc được vị trí trang");
		assertThat(get("/api/v1/desk/dossiers", "specialist")).hasStatus(403);
		assertThat(get("/api/v1/desk/dossiers", DemoAccounts.CITIZEN)).hasStatus(403);
	}

	/**
	 * A desk officer of another agency who is also a specialist of this one: the list is the desk's,
	 * so it holds only the dossiers of the agency where they work at the desk.
	 */
	@Test
	void theListHoldsOnlyTheAgenciesWhereTheOfficerIsAtTheDesk() {
		String code = submitted();
		Agency home = organization.homeAgency().orElseThrow();
		String other = "T." + Long.toString(System.nanoTime(), 36);
		Agency agency = organization.createAgency(other, "Sở thử nghiệm " + other, "Quảng Ngãi");
		Unit desk = organization.addUnit(agency.id(), null, "Bộ phận Một cửa", UnitKind.OFFICE);
		String username = "mc" + Long.toString(System.nanoTime(), 36);
		organization.createOfficer(new OfficerRegistration(agency.id(), desk.id(), "Cán bộ " + username,
				"Cán bộ một cửa", username, null, null, "Cuaso2026x", Set.of(Role.RECEPTION_OFFICER),
				PasswordChosenBy.HOLDER));
		accounts.updateOfficer(accounts.findByUsername(username).orElseThrow().id(), "Cán bộ " + username, null, null,
				Set.of(RoleGrant.officer(Role.RECEPTION_OFFICER, agency.id()), RoleGrant.officer(Role.SPECIALIST, home.id())));

		assertThat(mvc.get().uri("/desk/dossiers").with(httpBasic(username, "Cuaso2026x"))).hasStatusOk().bodyText()
			.contains("Không có hồ sơ nào đang chờ tiếp nhận.").doesNotContain(code);
	}

	private String submitted() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		return intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
	}

	private String agencyOf(String code) {
		return jdbc.sql("SELECT agency_code FROM dossier WHERE code = ?").param(code).query(String.class).single();
	}

	private long waitingAt(String agencyCode) {
		return jdbc.sql("SELECT COUNT(*) FROM dossier WHERE agency_code = ? AND status = 'SUBMITTED'")
			.param(agencyCode)
			.query(Long.class)
			.single();
	}

	/** The page's count as the Vietnamese bundle writes it (MessageFormat groups thousands by the locale). */
	private static String counted(long waiting) {
		return NumberFormat.getInstance(Locale.forLanguageTag("vi")).format(waiting) + " hồ sơ đang chờ tiếp nhận";
	}

	private MvcTestResult get(String uri, String username) {
		return mvc.get().uri(uri).with(httpBasic(username, DemoAccounts.PASSWORD)).exchange();
	}

}
