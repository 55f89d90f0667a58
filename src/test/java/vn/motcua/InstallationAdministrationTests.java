package vn.motcua;

import java.time.LocalDate;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.reporting.ReadModelRebuild;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Decision 0040: the calendar, the notification templates and message log, the audit trail, the actuator
 * beyond health and the rebuild of the reports' read model are the installation's administrators' (the home
 * agency's). An administrator of another agency is refused every page and action before any controller
 * runs, so nothing changes and nothing is audited; the home agency's administrator still reaches them.
 */
@WebTest
class InstallationAdministrationTests {

	private static final String TEMPLATE = "/admin/notifications/templates/DOSSIER_SUBMITTED/EMAIL/vi";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	WebInvocationPrivilegeEvaluator privileges;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadModelRebuild rebuild;

	private String otherAdministrator;

	@BeforeEach
	void anotherAgencysAdministrator() {
		otherAdministrator = AnotherAgency.create(organization).officer(Role.ADMINISTRATOR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/calendar/overrides", "/admin/notifications", "/admin/notifications/templates",
			TEMPLATE, "/admin/notifications/messages", "/api/v1/admin/notifications/messages", "/admin/audit",
			"/api/v1/audit/entries", "/api/v1/audit/verification", "/actuator/prometheus", "/actuator/info",
			"/admin/reports/read-model", "/api/v1/admin/reports/read-model/rebuild" })
	void everyInstallationPageIsRefusedToAnotherAgencysAdministratorAndReachedByTheHomeAgencys(String path) {
		assertThat(mvc.get().uri(path).with(signedIn(otherAdministrator))).hasStatus(403);
		assertThat(privileges.isAllowed("", path, "GET", authenticationOf("admin"))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/calendar/overrides", "/admin/calendar/overrides/{id}/delete", TEMPLATE,
			"/admin/notifications/messages/{id}/resend", "/api/v1/admin/notifications/messages/{id}/resend",
			"/admin/audit/verification", "/admin/reports/read-model/rebuild", "/api/v1/admin/reports/read-model/rebuild" })
	void everyInstallationActionIsRefusedToAnotherAgencysAdministratorWithNothingChangedOrAudited(String template) {
		long rows = rows();
		String path = template.replace("{id}", UUID.randomUUID().toString());

		// A complete, valid form for each action: only the installation check stands in the way.
		assertThat(mvc.post().uri(path).with(signedIn(otherAdministrator)).with(csrf())
			.param("date", LocalDate.now(VietnamTime.ZONE).plusYears(1).toString()).param("name", "Nghỉ bị chiếm")
			.param("kind", "DAY_OFF").param("year", "2026")
			.param("action", "save").param("subject", "Bị chiếm").param("body", "Bị chiếm {code}"))
			.hasStatus(403);

		assertThat(rows()).isEqualTo(rows);
		assertThat(auditedBy(otherAdministrator)).isZero();
		assertThat(rebuild.progress().startedBy()).isNotEqualTo(otherAdministrator);
		assertThat(privileges.isAllowed("", path, "POST", authenticationOf("admin"))).isTrue();
	}

	/**
	 * What the home agency's administrator opens here reads nothing heavy: the chain's check and the rebuild
	 * are left out (the rule's answer for them is asked above).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/admin/calendar/overrides", "/admin/notifications/templates", TEMPLATE,
			"/admin/notifications/messages", "/api/v1/admin/notifications/messages", "/admin/audit",
			"/actuator/info", "/admin/reports/read-model" })
	void theHomeAgencysAdministratorStillOpensThem(String path) {
		assertThat(mvc.get().uri(path).with(signedIn("admin"))).hasStatusOk();
	}

	/**
	 * Health is public; its components (the database, the disk) are the installation's (decision 0050), though
	 * another agency's administrator holds the role that Spring Boot's settings name.
	 */
	@Test
	void healthsComponentsAreShownToTheHomeAgencysAdministratorOnly() {
		assertThat(mvc.get().uri("/actuator/health").with(signedIn(otherAdministrator))).hasStatusOk().bodyJson()
			.doesNotHavePath("$.components");
		assertThat(mvc.get().uri("/actuator/health/liveness").with(signedIn(otherAdministrator))).hasStatusOk()
			.bodyJson().doesNotHavePath("$.components");
		assertThat(mvc.get().uri("/actuator/health").with(signedIn("admin"))).hasStatusOk().bodyJson()
			.extractingPath("$.components.db.status").isEqualTo("UP");
	}

	/** Asked about a request with nobody signed in, the rule judges the authentication it is given. */
	@Test
	void theRuleJudgesTheAuthenticationItIsAskedAbout() {
		assertThat(privileges.isAllowed("/admin/calendar/overrides", authenticationOf(otherAdministrator))).isFalse();
		assertThat(privileges.isAllowed("/admin/calendar/overrides", authenticationOf("admin"))).isTrue();
	}

	@Test
	void theOfficersHomeLinksTheInstallationsPagesOnlyForItsAdministrators() {
		assertThat(mvc.get().uri("/home").with(signedIn(otherAdministrator))).hasStatusOk().bodyText()
			.contains("href=\"/admin/agencies\"", "href=\"/admin/catalog\"")
			.doesNotContain("href=\"/admin/audit\"", "href=\"/admin/calendar/overrides\"", "href=\"/admin/notifications\"",
					"href=\"/admin/reports/read-model\"");
		assertThat(mvc.get().uri("/home").with(signedIn("admin"))).hasStatusOk().bodyText()
			.contains("href=\"/admin/audit\"", "href=\"/admin/calendar/overrides\"", "href=\"/admin/notifications\"",
					"href=\"/admin/reports/read-model\"");
	}

	/** A people's inspector reads the trail as before, whatever their agency. */
	@Test
	void aPeoplesInspectorStillReadsTheTrail() {
		assertThat(mvc.get().uri("/admin/audit").with(signedIn("inspector"))).hasStatusOk();
	}

	/**
	 * A people's inspector who also administers another agency reads the trail as an inspector: not offered
	 * the chain's verification, which the home agency's administrator is.
	 */
	@Test
	void anInspectorWhoAdministersAnotherAgencyReadsTheTrailAsAnInspector() {
		String both = AnotherAgency.create(organization).officer(Role.PEOPLES_INSPECTOR, Role.ADMINISTRATOR);
		assertThat(mvc.get().uri("/admin/audit").with(signedIn(both))).hasStatusOk().bodyText()
			.doesNotContain("action=\"/admin/audit/verification\"");
		assertThat(mvc.get().uri("/admin/audit").with(signedIn("admin"))).hasStatusOk().bodyText()
			.contains("action=\"/admin/audit/verification\"");
	}

	private RequestPostProcessor signedIn(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	private Authentication authenticationOf(String username) {
		UserDetails user = userDetails.loadUserByUsername(username);
		return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
	}

	private long rows() {
		return count("calendar_override") + count("notification_template");
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	private long auditedBy(String username) {
		return jdbc.sql("SELECT (SELECT COUNT(*) FROM audit_entry WHERE actor = :u) + "
				+ "(SELECT COUNT(*) FROM audit_pending WHERE actor = :u)").param("u", username).query(Long.class).single();
	}
}
