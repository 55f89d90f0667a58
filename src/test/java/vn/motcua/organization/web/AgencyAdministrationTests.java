package vn.motcua.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Decision 0039: an administrator granted in another agency administers that agency only. Every page
 * and action of the home agency ({a}, its desk officer's unit {u} and the desk officer {o}) answers 403
 * to them and changes nothing; they see their own agency only and cannot create one; the home agency's
 * administrator still administers theirs.
 */
class AgencyAdministrationTests extends AdminPagesTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	WebInvocationPrivilegeEvaluator privileges;

	private Agency home;
	private Officer desk;
	private AnotherAgency other;
	private String otherAdministrator;

	@BeforeEach
	void anotherAgencyWithItsAdministrator() {
		home = organization.agencyByCode("000.00.31.H55").orElseThrow();
		desk = organization.officerOfAccount(accounts.findByUsername("desk").orElseThrow().id()).orElseThrow();
		other = AnotherAgency.create(organization);
		otherAdministrator = other.officer(Role.ADMINISTRATOR);
	}

	/**
	 * Asked about someone else's request (Spring Security's privilege evaluator, as a page asks whether to
	 * show a link), the rule judges the authentication it is given, not the signed-in user: nobody is
	 * signed in here.
	 */
	@Test
	void theRuleJudgesTheAuthenticationItIsAskedAbout() {
		String homePage = "/admin/agencies/" + home.id();
		assertThat(privileges.isAllowed(homePage, authenticationOf("admin"))).isTrue();
		assertThat(privileges.isAllowed(homePage, authenticationOf(otherAdministrator))).isFalse();
		assertThat(privileges.isAllowed("/admin/agencies/" + other.agency().id(), authenticationOf(otherAdministrator)))
			.isTrue();
		assertThat(privileges.isAllowed("", "/admin/agencies", "POST", authenticationOf("admin"))).isTrue();
	}

	private Authentication authenticationOf(String username) {
		UserDetails user = userDetails.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/agencies/{a}", "/admin/agencies/{a}/units/{u}", "/admin/agencies/{a}/officers",
			"/admin/agencies/{a}/officers/new", "/admin/agencies/{a}/officers/{o}", "/admin/agencies/{a}/merge",
			"/admin/agencies/{a}/units/{u}/split" })
	void theHomeAgencysPagesAreRefusedToAnotherAgencysAdministrator(String template) {
		assertThat(mvc.get().uri(path(template, home, desk.unitId(), desk.id())).with(signedIn(otherAdministrator)))
			.hasStatus(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/agencies/{a}", "/admin/agencies/{a}/units", "/admin/agencies/{a}/contact",
			"/admin/agencies/{a}/units/{u}", "/admin/agencies/{a}/officers", "/admin/agencies/{a}/officers/{o}",
			"/admin/agencies/{a}/officers/{o}/unlock", "/admin/agencies/{a}/officers/{o}/disable",
			"/admin/agencies/{a}/officers/{o}/enable", "/admin/agencies/{a}/officers/{o}/password",
			"/admin/agencies/{a}/merge", "/admin/agencies/{a}/units/{u}/split" })
	void theHomeAgencysActionsAreRefusedToAnotherAgencysAdministrator(String template) {
		long rows = rows();
		String homeName = home.name();

		// A complete, valid form for each action: only the agency check stands in the way.
		assertThat(mvc.post().uri(path(template, home, desk.unitId(), desk.id())).with(signedIn(otherAdministrator))
			.with(csrf())
			.param("name", "Sở đã bị chiếm").param("province", "Quảng Ngãi").param("kind", "OFFICE")
			.param("email", "chiem@example.vn").param("address", "1 Hùng Vương").param("deskPlace", "Tầng 1")
			.param("unitId", desk.unitId().toString()).param("fullName", "Kẻ Chiếm").param("positionTitle", "Lãnh đạo")
			.param("username", unique("chiem")).param("initialPassword", GOOD_PASSWORD)
			.param("newPassword", GOOD_PASSWORD).param("roles", Role.AGENCY_LEADER.name(), Role.ADMINISTRATOR.name())
			.param("mergedIds", desk.unitId().toString()).param("newUnitName", "Phòng gộp").param("newUnitKind", "OFFICE")
			.param("successorIds", desk.unitId().toString()).param("effectiveOn", LocalDate.now(VietnamTime.ZONE).toString()))
			.hasStatus(403);

		assertThat(rows()).isEqualTo(rows);
		assertThat(organization.agency(home.id()).name()).isEqualTo(homeName);
		assertThat(accounts.stateOf(accounts.findById(desk.accountId()).orElseThrow())).isEqualTo(AccountState.ACTIVE);
		assertThat(auditedBy(otherAdministrator)).isZero();
	}

	@Test
	void anotherAgencysAdministratorAdministersTheirOwnAgency() {
		Agency own = other.agency();

		assertThat(mvc.get().uri(agencyPath(own)).with(signedIn(otherAdministrator))).hasStatusOk();
		assertThat(mvc.get().uri(agencyPath(own) + "/officers/new").with(signedIn(otherAdministrator))).hasStatusOk();
		assertThat(mvc.post().uri(agencyPath(own)).with(signedIn(otherAdministrator)).with(csrf())
			.param("name", own.name() + " (mới)").param("province", own.province())).hasStatus3xxRedirection();
		assertThat(organization.agency(own.id()).name()).isEqualTo(own.name() + " (mới)");
		// Their own changes are audited in their name: the zero above is no accident of the query.
		assertThat(auditedBy(otherAdministrator)).isPositive();
	}

	@Test
	void anotherAgencysAdministratorCannotMoveOrGrantPastTheirAgency() {
		Agency own = other.agency();

		// An officer of the home agency through their own agency's path: not theirs to find.
		assertThat(mvc.get().uri(officerPath(own, desk.id())).with(signedIn(otherAdministrator))).hasStatus(404);
		assertThat(mvc.post().uri(officerPath(own, desk.id())).with(signedIn(otherAdministrator)).with(csrf())
			.param("unitId", organization.units(own.id()).get(0).id().toString()).param("fullName", "Kẻ Chiếm")
			.param("positionTitle", "Chuyên viên").param("roles", Role.SPECIALIST.name())).hasStatus(404);
		assertThat(organization.officer(desk.id()).agencyId()).isEqualTo(home.id());

		// A new officer of their own agency holds the roles there, never in the home agency, even put in its unit.
		long officers = count("officer");
		assertThat(mvc.post().uri(agencyPath(own) + "/officers").with(signedIn(otherAdministrator)).with(csrf())
			.param("unitId", desk.unitId().toString()).param("fullName", "Kẻ Chiếm").param("positionTitle", "Lãnh đạo")
			.param("username", unique("chiem")).param("initialPassword", GOOD_PASSWORD)
			.param("roles", Role.AGENCY_LEADER.name())).hasStatusOk();
		assertThat(count("officer")).isEqualTo(officers);
	}

	@Test
	void theHomeAgencysAdministratorStillAdministersTheOtherAgency() {
		Agency own = other.agency();
		UUID unitId = organization.units(own.id()).get(0).id();

		assertThat(mvc.get().uri(agencyPath(own)).with(admin())).hasStatusOk();
		assertThat(mvc.get().uri(agencyPath(own) + "/units/" + unitId).with(admin())).hasStatusOk();
		assertThat(mvc.get().uri(agencyPath(own) + "/officers").with(admin())).hasStatusOk();
		assertThat(mvc.get().uri(agencyPath(own) + "/merge").with(admin())).hasStatusOk();
		assertThat(mvc.post().uri(agencyPath(own) + "/contact").with(admin()).with(csrf())
			.param("email", "xaydung@example.vn").param("address", "2 Hùng Vương"))
			.hasStatus3xxRedirection();
	}

	@Test
	void theListShowsAnotherAgencysAdministratorTheirAgencyOnlyAndNoNewAgency() {
		String code = unique("C.");
		long agencies = count("agency");

		assertThat(mvc.get().uri("/admin/agencies").with(signedIn(otherAdministrator))).hasStatusOk().bodyText()
			.contains(other.agency().code())
			.doesNotContain(home.code())
			.doesNotContain("action=\"/admin/agencies\"");
		assertThat(mvc.post().uri("/admin/agencies").with(signedIn(otherAdministrator)).with(csrf())
			.param("code", code).param("name", "Sở mới").param("province", "Quảng Ngãi")).hasStatus(403);
		assertThat(count("agency")).isEqualTo(agencies);

		assertThat(mvc.get().uri("/admin/agencies").with(admin())).hasStatusOk().bodyText()
			.contains(home.code(), other.agency().code(), "action=\"/admin/agencies\"");
	}

	@Test
	void aMalformedAgencyIdIsTheAdministratorsBadRequestAndAnotherRolesRefusal() {
		assertThat(mvc.get().uri("/admin/agencies/not-an-id").with(signedIn(otherAdministrator))).hasStatus(400);
		assertThat(mvc.get().uri("/admin/agencies/not-an-id").with(signedIn("specialist"))).hasStatus(403);
	}

	private static String path(String template, Agency agency, UUID unitId, UUID officerId) {
		return template.replace("{a}", agency.id().toString())
			.replace("{u}", unitId.toString())
			.replace("{o}", officerId.toString());
	}

	private long rows() {
		return count("agency") + count("unit") + count("officer") + count("account") + count("account_role");
	}

	private long auditedBy(String username) {
		return jdbc.sql("SELECT (SELECT COUNT(*) FROM audit_entry WHERE actor = :u) + "
				+ "(SELECT COUNT(*) FROM audit_pending WHERE actor = :u)").param("u", username).query(Long.class).single();
	}
}
