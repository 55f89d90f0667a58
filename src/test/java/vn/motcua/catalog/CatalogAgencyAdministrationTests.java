package vn.motcua.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Decision 0040: an administrator of another agency lists, prepares, announces and abolishes only the
 * procedures that name their agency; the home agency's procedure and draft answer 403 (the rule is on the
 * path, before any controller), with nothing changed or audited; a procedure cannot be given another
 * agency's code; the shared sectors and the whole catalogue's export and import are the installation's.
 * Decision 0046: the draft forms offer the units of the procedure's agency, a step cannot be given
 * another agency's unit, and an agency's list reads the agency column.
 */
@WebTest
class CatalogAgencyAdministrationTests {

	private static final String HOME = "000.00.31.H55";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebInvocationPrivilegeEvaluator privileges;

	private AnotherAgency other;
	private String otherAdministrator;
	private String homeProcedure;
	private ProcedureVersion homeDraft;
	private String ownProcedure;
	private ProcedureVersion ownDraft;

	@BeforeEach
	void aProcedureAndADraftOfEachAgency() {
		other = AnotherAgency.create(organization);
		otherAdministrator = other.officer(Role.ADMINISTRATOR);
		homeProcedure = announced(HOME);
		homeDraft = drafted(HOME);
		ownProcedure = announced(other.agency().code());
		ownDraft = drafted(other.agency().code());
	}

	@Test
	void anotherAgencysAdministratorListsTheirAgencysProceduresOnlyAndNoSectorForm() {
		assertThat(mvc.get().uri("/admin/catalog").with(signedIn(otherAdministrator))).hasStatusOk().bodyText()
			.contains(listed(ownProcedure), ownDraft.content().name())
			.doesNotContain(listed(homeProcedure), homeDraft.content().name(), "action=\"/admin/catalog/sectors\"");
		// the page repeats the words searched for, so the procedure's link, not its code, says it is listed
		assertThat(mvc.get().uri("/admin/catalog").param("q", homeProcedure).with(signedIn(otherAdministrator)))
			.hasStatusOk().bodyText().doesNotContain(listed(homeProcedure));

		assertThat(mvc.get().uri("/admin/catalog").param("q", ownProcedure).with(signedIn("admin"))).hasStatusOk()
			.bodyText().contains(listed(ownProcedure), ownDraft.content().name(), "action=\"/admin/catalog/sectors\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/catalog/procedures/{code}/abolish", "/admin/catalog/drafts/{draft}",
			"/admin/catalog/drafts/{draft}/templates/" + "0000000000000000000000000000000000000000000000000000000000000000" })
	void theHomeAgencysProcedureAndDraftAreRefusedToAnotherAgencysAdministrator(String template) {
		assertThat(mvc.get().uri(path(template, homeProcedure, homeDraft.id())).with(signedIn(otherAdministrator)))
			.hasStatus(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/catalog/procedures/{code}/drafts", "/admin/catalog/procedures/{code}/abolish",
			"/admin/catalog/drafts/{draft}", "/admin/catalog/drafts/{draft}/announce",
			"/admin/catalog/drafts/{draft}/discard", "/admin/catalog/drafts/{draft}/templates" })
	void theHomeAgencysProcedureAndDraftAreNotChangedByAnotherAgencysAdministrator(String template) {
		long versions = count("procedure_version");
		ProcedureVersion inForce = catalog.currentVersion(homeProcedure);

		// A complete, valid form for each action: only the agency check stands in the way.
		MockMvcRequestBuilder request = mvc.post().uri(path(template, homeProcedure, homeDraft.id()))
			.with(signedIn(otherAdministrator)).with(csrf());
		draftFields(homeDraft.procedureCode(), HOME, "Thủ tục bị chiếm").forEach(request::param);
		assertThat(decision(request).param("documentIndex", "0")).hasStatus(403);

		assertThat(count("procedure_version")).isEqualTo(versions);
		assertThat(catalog.currentVersion(homeProcedure)).isEqualTo(inForce);
		assertThat(catalog.draft(homeDraft.id())).isEqualTo(homeDraft);
		assertThat(auditedBy(otherAdministrator)).isZero();
	}

	@Test
	void anotherAgencysAdministratorPreparesAndAnnouncesTheirAgencysProcedures() {
		assertThat(mvc.post().uri("/admin/catalog/procedures/{code}/drafts", ownProcedure)
			.with(signedIn(otherAdministrator)).with(csrf())).hasStatus3xxRedirection();
		ProcedureVersion next = catalog.drafts().stream()
			.filter(draft -> draft.procedureCode().equals(ownProcedure)).findFirst().orElseThrow();
		assertThat(mvc.get().uri("/admin/catalog/drafts/{id}", next.id()).with(signedIn(otherAdministrator)))
			.hasStatusOk();
		assertThat(decision(mvc.post().uri("/admin/catalog/drafts/{id}/announce", ownDraft.id())
			.with(signedIn(otherAdministrator)).with(csrf()).param("kind", "ANNOUNCE"))).hasStatus3xxRedirection();
		assertThat(catalog.version(ownDraft.id()).isDraft()).isFalse();

		String created = CatalogFixtures.uniqueCode();
		MockMvcRequestBuilder create = mvc.post().uri("/admin/catalog/drafts").with(signedIn(otherAdministrator))
			.with(csrf());
		draftFields(created, other.agency().code(), "Thủ tục của sở khác " + created).forEach(create::param);
		assertThat(create).hasStatus3xxRedirection();
		assertThat(catalog.agencyOf(created)).contains(other.agency().code());
		// Their own changes are audited in their name: the zero above is no accident of the query.
		assertThat(auditedBy(otherAdministrator)).isPositive();
		// and with their agency, whose People's Inspection Board reads them (decision 0051)
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("actor", otherAdministrator)
			.with(signedIn(other.officer(Role.PEOPLES_INSPECTOR)))).hasStatusOk().bodyJson()
			.extractingPath("$.content[*].action").asArray()
			.containsExactlyInAnyOrder("draft.created", "draft.created", "version.announced");
	}

	@Test
	void aProcedureCannotBeGivenAnAgencyItsAdministratorDoesNotAdminister() {
		String code = CatalogFixtures.uniqueCode();
		MockMvcRequestBuilder create = mvc.post().uri("/admin/catalog/drafts").with(signedIn(otherAdministrator))
			.with(csrf());
		draftFields(code, HOME, "Thủ tục của sở nhà " + code).forEach(create::param);
		assertThat(create).hasStatusOk().bodyText()
			.contains("Bạn không quản trị cơ quan có mã " + HOME + "; chỉ nhập được mã của cơ quan bạn quản trị.");
		assertThat(catalog.agencyOf(code)).isEmpty();

		MockMvcRequestBuilder moved = mvc.post().uri("/admin/catalog/drafts/{id}", ownDraft.id())
			.with(signedIn(otherAdministrator)).with(csrf());
		draftFields(ownDraft.procedureCode(), HOME, ownDraft.content().name()).forEach(moved::param);
		assertThat(moved).hasStatusOk().bodyText().contains("Bạn không quản trị cơ quan có mã " + HOME);
		assertThat(catalog.draft(ownDraft.id()).content().agencyCode()).isEqualTo(other.agency().code());
	}

	@Test
	void theNewDraftFormProposesTheirOwnAgency() {
		assertThat(mvc.get().uri("/admin/catalog/drafts/new").with(signedIn(otherAdministrator))).hasStatusOk()
			.bodyText().contains("value=\"" + other.agency().code() + "\"");
	}

	/** The units a draft's steps are offered are of the procedure's agency, never the home agency's alone (0046). */
	@Test
	void theDraftFormsOfferTheUnitsOfTheProceduresAgency() {
		String ownUnit = option(organization.unitsInService(other.agency().id()).get(0));
		String homeUnit = option(organization.unitsInService(organization.homeAgency().orElseThrow().id()).get(0));

		assertThat(mvc.get().uri("/admin/catalog/drafts/new").with(signedIn(otherAdministrator))).hasStatusOk()
			.bodyText().contains(ownUnit).doesNotContain(homeUnit);
		assertThat(mvc.get().uri("/admin/catalog/drafts/{id}", ownDraft.id()).with(signedIn(otherAdministrator)))
			.hasStatusOk().bodyText().contains(ownUnit).doesNotContain(homeUnit);
		assertThat(mvc.get().uri("/admin/catalog/drafts/{id}", ownDraft.id()).with(signedIn("admin")))
			.as("the installation's administrator, on the other agency's draft").hasStatusOk().bodyText()
			.contains(ownUnit).doesNotContain(homeUnit);
		assertThat(mvc.get().uri("/admin/catalog/drafts/{id}", homeDraft.id()).with(signedIn("admin")))
			.hasStatusOk().bodyText().contains(homeUnit).doesNotContain(ownUnit);
	}

	/** A step handed to another agency's unit would put the procedure's dossiers in that agency's queues. */
	@Test
	void aStepCannotBeGivenAnotherAgencysUnit() {
		UUID homeUnit = organization.unitsInService(organization.homeAgency().orElseThrow().id()).get(0).id();
		MockMvcRequestBuilder moved = mvc.post().uri("/admin/catalog/drafts/{id}", ownDraft.id())
			.with(signedIn(otherAdministrator)).with(csrf());
		draftFields(ownDraft.procedureCode(), other.agency().code(), ownDraft.content().name()).forEach(moved::param);
		moved.param("steps[1].unitId", homeUnit.toString());

		assertThat(moved).hasStatusOk().bodyText().contains("không thuộc " + other.agency().name());
		assertThat(catalog.draft(ownDraft.id())).isEqualTo(ownDraft);
	}

	/**
	 * An agency's procedures are read by the agency column (decision 0046): one query, that reads no
	 * version's content, where the list once read every version in force's JSON to find its agency.
	 */
	@Test
	void anAgencysProceduresAreReadByTheirAgencyColumnNotTheirContent() {
		List<StatementLog.Executed> statements = StatementLog.record(() -> assertThat(
				catalog.procedures(null, null, List.of(other.agency().code()), 0, 50).items())
			.extracting(ProcedureSummary::code).containsExactly(ownProcedure));
		assertThat(statements).singleElement().satisfies(statement -> assertThat(statement.sql())
			.contains("agency_code IN").doesNotContainIgnoringCase("content"));
	}

	@Test
	void theSectorsAndTheWholeCatalogueAreTheInstallationsAdministrators() {
		String sector = "S" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		assertThat(mvc.post().uri("/admin/catalog/sectors").with(signedIn(otherAdministrator)).with(csrf())
			.param("code", sector).param("name", "Lĩnh vực bị chiếm").param("position", "1")).hasStatus(403);
		assertThat(catalog.sector(sector)).isEmpty();
		assertThat(mvc.get().uri("/api/v1/catalog/export").with(signedIn(otherAdministrator))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/catalog/import").with(signedIn(otherAdministrator)).with(csrf())
			.contentType("application/json").content("{}")).hasStatus(403);
		assertThat(auditedBy(otherAdministrator)).isZero();

		// asked rather than done: a sector saved here would stay in every later test's lists
		assertThat(privileges.isAllowed("", "/admin/catalog/sectors", "POST", authenticationOf("admin"))).isTrue();
		assertThat(privileges.isAllowed("", "/api/v1/catalog/import", "POST", authenticationOf("admin"))).isTrue();
	}

	@Test
	void theHomeAgencysAdministratorStillAdministersAnotherAgencysProcedures() {
		assertThat(mvc.get().uri("/admin/catalog/drafts/{id}", ownDraft.id()).with(signedIn("admin"))).hasStatusOk();
		assertThat(mvc.get().uri("/admin/catalog/procedures/{code}/abolish", ownProcedure).with(signedIn("admin")))
			.hasStatusOk();
	}

	private String announced(String agencyCode) {
		String code = CatalogFixtures.uniqueCode();
		ProcedureVersion draft = catalog.createDraft(code,
				CatalogFixtures.ofAgency(CatalogFixtures.aCompleteProcedure("Thủ tục đã công bố " + code), agencyCode));
		LocalDate today = LocalDate.now(VietnamTime.ZONE);
		catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("1/QĐ-TEST", today, "Chủ tịch"), today);
		return code;
	}

	private ProcedureVersion drafted(String agencyCode) {
		String code = CatalogFixtures.uniqueCode();
		return catalog.createDraft(code,
				CatalogFixtures.ofAgency(CatalogFixtures.aCompleteProcedure("Dự thảo " + code), agencyCode));
	}

	private static String option(Unit unit) {
		return "value=\"" + unit.id() + "\">" + unit.name() + "<";
	}

	private static String listed(String procedureCode) {
		return "/admin/catalog/procedures/" + procedureCode + "/abolish";
	}

	private static String path(String template, String code, UUID draftId) {
		return template.replace("{code}", code).replace("{draft}", draftId.toString());
	}

	private static MockMvcRequestBuilder decision(MockMvcRequestBuilder request) {
		String today = LocalDate.now(VietnamTime.ZONE).toString();
		return request.param("kind", "ANNOUNCE").param("decisionNumber", "1/QĐ-TEST").param("decisionDate", today)
			.param("signer", "Chủ tịch").param("effectiveFrom", today);
	}

	/** A complete draft form of 10 working days in steps of 0.5 + 8.5 + 1. */
	private static Map<String, String> draftFields(String code, String agencyCode, String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("code", code);
		fields.put("name", name);
		fields.put("sectorCode", CatalogFixtures.SECTOR);
		fields.put("agencyCode", agencyCode);
		fields.put("applicants", "BUSINESS");
		fields.put("channels", "ONLINE");
		fields.put("onlineLevel", "FULL");
		fields.put("processingAmount", "10");
		fields.put("processingUnit", "WORKING_DAYS");
		fields.put("submissionPlace", "Bộ phận Một cửa");
		fields.put("resultType", "Giấy phép");
		fields.put("legalBasis", "Nghị định thử nghiệm");
		fields.put("documents[0].name", "Đơn đề nghị");
		fields.put("documents[0].originals", "1");
		fields.put("documents[0].mandatory", "true");
		String[][] steps = { { "Tiếp nhận", "RECEPTION_OFFICER", "0.5" }, { "Thẩm định", "SPECIALIST", "8.5" },
				{ "Phê duyệt", "AGENCY_LEADER", "1" } };
		for (int i = 0; i < steps.length; i++) {
			fields.put("steps[" + i + "].name", steps[i][0]);
			fields.put("steps[" + i + "].role", steps[i][1]);
			fields.put("steps[" + i + "].share", steps[i][2]);
		}
		return fields;
	}

	private Authentication authenticationOf(String username) {
		UserDetails user = userDetails.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private RequestPostProcessor signedIn(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private long auditedBy(String username) {
		return jdbc.sql("SELECT (SELECT COUNT(*) FROM audit_entry WHERE actor = :u) + "
				+ "(SELECT COUNT(*) FROM audit_pending WHERE actor = :u)").param("u", username).query(Long.class).single();
	}
}
