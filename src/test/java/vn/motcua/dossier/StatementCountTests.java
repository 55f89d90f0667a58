package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ListStatements;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static vn.motcua.testing.ListStatements.assertFlat;
import static vn.motcua.testing.ListStatements.count;

/**
 * No N+1 on lists: the number of SQL statements a list page or list API request executes does not
 * grow with the number of rows it shows ({@link ListStatements}; the petitions' lists are in
 * {@code PetitionListQueriesTests}); and the busiest requests' round trips. Runs on H2 and, in the
 * PostgreSQL layer, on PostgreSQL.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class StatementCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	DossierDrafts drafts;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void wednesdayMorning() {
		clock.set(Instant.parse("2026-11-25T01:00:00Z"));
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void myDossiersPageAndApi() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		Runnable more = () -> dossiers.save(DossierFixtures.aSubmittedDossierOf(citizen));
		assertFlat("GET /my/dossiers", () -> get("/my/dossiers", DemoAccounts.CITIZEN), more);
		assertFlat("GET /api/v1/my/dossiers", () -> get("/api/v1/my/dossiers", DemoAccounts.CITIZEN), more);
	}

	/** The applicant's page lists their drafts too: each draft's files are not read for it. */
	@Test
	void myDraftsOnMyDossiersPage() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		Runnable more = () -> drafts.save(citizen, null, null, SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, SubmissionFiles.allFour());
		assertFlat("GET /my/dossiers, drafts", () -> get("/my/dossiers", DemoAccounts.CITIZEN), more);
	}

	@Test
	void deskListOfSubmittedDossiers() {
		assertFlat("GET /desk/dossiers", () -> get("/desk/dossiers", "desk"), this::submitted);
	}

	@Test
	void officerQueuePageAndApi() {
		Runnable more = this::received;
		assertFlat("GET /work/queue", () -> get("/work/queue", "desk"), more);
		assertFlat("GET /api/v1/work/queue", () -> get("/api/v1/work/queue", "desk"), more);
		assertFlat("GET /work/queue?q=", () -> get("/work/queue?q=" + SubmissionFiles.ONLINE_PROCEDURE.substring(0, 1), "desk"),
				more);
	}

	@Test
	void registerOfDossiers() {
		assertFlat("GET /desk/register", () -> get("/desk/register", "desk"), this::submitted);
	}

	/** The administrator's list of an agency's officers names each one's roles and whether they may sign in. */
	@Test
	void officersOfAnAgency() {
		String code = "T." + Long.toString(System.nanoTime(), 36);
		Agency agency = organization.createAgency(code, "Sở thử nghiệm " + code, "Quảng Ngãi");
		Unit unit = organization.addUnit(agency.id(), null, "Văn phòng", UnitKind.OFFICE);
		Runnable more = () -> {
			String username = "cb" + Long.toString(System.nanoTime(), 36);
			organization.createOfficer(new OfficerRegistration(agency.id(), unit.id(), "Cán bộ " + username,
					"Chuyên viên", username, null, null, "Cuaso2026x", Set.of(Role.SPECIALIST, Role.UNIT_HEAD),
					PasswordChosenBy.HOLDER));
		};
		assertFlat("GET /admin/agencies/{id}/officers",
				() -> get("/admin/agencies/" + agency.id() + "/officers", "admin"), more);
	}

	@Test
	void catalogueSearchDoesNotGrowWithTheHits() {
		// the demo catalogue: a query that finds one procedure and one that finds many; a page first, as
		// the catalogue keeps its sectors for a minute once read
		anonymous("/procedures");
		long one = count(() -> anonymous("/api/v1/procedures?query=" + SubmissionFiles.ONLINE_PROCEDURE));
		long many = count(() -> anonymous("/api/v1/procedures?query=giay"));
		long page = count(() -> anonymous("/procedures?q=giay"));
		long pageOfOne = count(() -> anonymous("/procedures?q=" + SubmissionFiles.ONLINE_PROCEDURE));
		System.out.printf("[statements] catalogue search: API %d (one hit) / %d (many), page %d / %d%n", one, many,
				pageOfOne, page);
		assertThat(one).as("round trips of a catalogue search: one query, no commit").isEqualTo(1);
		assertThat(many).as("statements of a catalogue search with many hits").isEqualTo(one);
		assertThat(page).as("statements of the catalogue page with many hits").isEqualTo(pageOfOne);
	}

	/**
	 * What only a page's layout shows (the home agency's name, who is signed in) is looked up for a page
	 * and not for an API call: the status page shows the agency's name (kept by the organization module
	 * a minute, so not necessarily read from the table), the status API never reads the agency table.
	 */
	@Test
	void anApiCallDoesNotReadWhatOnlyAPageShows() {
		String code = submitted();
		assertThat(anonymous("/dossiers/" + code + "/status")).hasStatusOk().bodyText()
			.as("the page's heading").contains("Sở Công Thương tỉnh Quảng Ngãi");
		List<String> api = StatementLog.record(() -> assertThat(anonymous("/api/v1/dossiers/" + code + "/status"))
			.hasStatusOk()).stream().map(StatementLog.Executed::sql).toList();
		assertThat(api).as("the API's statements").noneMatch(StatementCountTests::readsAgencies);
	}

	/**
	 * The public pages that offer a choice of agency (the catalogue's filter here) take the agencies from the
	 * organization's kept list, not from the table on every request.
	 */
	@Test
	void aPublicPageOffersTheAgenciesWithoutReadingThemEachTime() {
		assertThat(anonymous("/procedures")).hasStatusOk();
		List<String> sql = StatementLog.record(() -> assertThat(anonymous("/procedures?q=giay")).hasStatusOk())
			.stream().map(StatementLog.Executed::sql).toList();
		assertThat(sql).as("the catalogue page's statements").isNotEmpty().noneMatch(StatementCountTests::readsAgencies);
	}

	/**
	 * A page of the whole audit trail, however deep, reads its entries by their sequence numbers and
	 * takes the count from the chain's head: neither counts nor skips the trail's rows, which years of
	 * changes make the largest table.
	 */
	@Test
	void aPageOfTheWholeAuditTrailNeitherCountsNorSkipsItsRows() {
		List<String> sql = StatementLog.record(() -> assertThat(get("/api/v1/audit/entries?page=3", "admin"))
			.hasStatusOk()).stream().map(StatementLog.Executed::sql).filter(q -> q.contains("audit_entry")).toList();
		assertThat(sql).isNotEmpty().noneMatch(q -> q.contains("COUNT(") || q.contains("OFFSET"));
	}

	/**
	 * The busiest public request is one round trip to the database: the dossier row's SELECT, outside a
	 * transaction (no COMMIT after it).
	 */
	@Test
	void theStatusLookUpIsOneRoundTrip() {
		String code = submitted();
		List<String> api = StatementLog.record(() -> assertThat(anonymous("/api/v1/dossiers/" + code + "/status"))
			.hasStatusOk()).stream().map(StatementLog.Executed::sql).toList();
		assertThat(api).as("the status API's round trips").singleElement()
			.satisfies(sql -> assertThat(sql).startsWith("SELECT").contains("FROM dossier WHERE code = ?"));
	}

	/**
	 * A submission names its applicant from who holds the account (and its notice from the account's
	 * contact), not from the whole account: that was a second query for the roles, the password hash
	 * and the aggregate's mapping on every submission.
	 */
	@Test
	void aSubmissionDoesNotLoadTheAccount() {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		List<String> sql = StatementLog.record(() -> submittedBy(citizen)).stream()
			.map(StatementLog.Executed::sql)
			.map(statement -> statement.toLowerCase(Locale.ROOT))
			.toList();
		assertThat(sql).as("statements of an online submission")
			.noneMatch(statement -> statement.contains("account_role") || statement.contains("password_hash"))
			.anyMatch(statement -> statement.contains("display_name, id_number, phone, email from account"));
	}

	private static boolean readsAgencies(String sql) {
		return sql.toLowerCase(Locale.ROOT).matches("(?s).*\\bfrom\\s+\"?agency\"?\\b.*");
	}

	private MvcTestResult get(String uri, String user) {
		return mvc.get().uri(uri).with(httpBasic(user, DemoAccounts.PASSWORD)).exchange();
	}

	private MvcTestResult anonymous(String uri) {
		return mvc.get().uri(uri).exchange();
	}

	private String submitted() {
		return submittedBy(accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id());
	}

	private String submittedBy(UUID citizen) {
		return intake.submitOnline(citizen, new OnlineSubmission(SubmissionFiles.ONLINE_PROCEDURE, "Quảng Ngãi",
				ResultDelivery.AT_DESK, null, null, SubmissionFiles.allFour())).code();
	}

	private void received() {
		String code = submitted();
		assertThat(mvc.post().uri("/api/v1/desk/dossiers/{code}/acceptance", code)
			.with(httpBasic("desk", DemoAccounts.PASSWORD)).exchange()).hasStatusOk();
	}
}
