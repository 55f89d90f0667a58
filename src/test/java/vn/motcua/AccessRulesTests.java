package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.Role;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The access rules hold for every role: each role is refused a page and an API it may not use;
 * anonymous callers are sent to sign in (pages) or told 401 (API); a form without its CSRF token
 * is refused.
 */
@WebTest
class AccessRulesTests {

	/** A page and an API each role may not use: officers' tools for applicants, and vice versa. */
	static final Map<Role, String[]> FORBIDDEN = Map.of(
			Role.APPLICANT, new String[] { "/admin/agencies", "/actuator/prometheus" },
			Role.RECEPTION_OFFICER, new String[] { "/account", "/api/v1/account" },
			Role.SPECIALIST, new String[] { "/admin/agencies", "/actuator/prometheus" },
			Role.UNIT_HEAD, new String[] { "/admin/agencies", "/api/v1/account" },
			Role.AGENCY_LEADER, new String[] { "/account", "/actuator/prometheus" },
			Role.RECORDS_OFFICER, new String[] { "/admin/agencies", "/api/v1/account" },
			Role.PEOPLES_INSPECTOR, new String[] { "/account", "/actuator/prometheus" },
			Role.ADMINISTRATOR, new String[] { "/account", "/api/v1/account" });

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleIsRefusedAPageAndAnApiItMayNotUse(Role role) {
		String username = DemoAccounts.BY_ROLE.get(role);
		String[] forbidden = FORBIDDEN.get(role);

		assertThat(mvc.get().uri(forbidden[0]).with(httpBasic(username, DemoAccounts.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri(forbidden[1]).accept(MediaType.APPLICATION_JSON)
			.with(httpBasic(username, DemoAccounts.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleReachesItsHomePage(Role role) {
		assertThat(mvc.get().uri("/home").with(httpBasic(DemoAccounts.BY_ROLE.get(role), DemoAccounts.PASSWORD)))
			.hasStatusOk();
	}

	/**
	 * A module's rules name its own paths, not a shared area: under the officers' /work, where the
	 * dossiers and the petitions both serve pages and APIs, a path no rule names is refused.
	 */
	@Test
	void aPathNoRuleNamesIsRefusedEvenWhereAModuleServesItsNeighbours() {
		assertThat(mvc.get().uri("/api/v1/work/queue").accept(MediaType.APPLICATION_JSON)
			.with(httpBasic(DemoAccounts.BY_ROLE.get(Role.SPECIALIST), DemoAccounts.PASSWORD))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/work/petitions").accept(MediaType.APPLICATION_JSON)
			.with(httpBasic(DemoAccounts.BY_ROLE.get(Role.SPECIALIST), DemoAccounts.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.get().uri("/work/unnamed")
			.with(httpBasic(DemoAccounts.BY_ROLE.get(Role.SPECIALIST), DemoAccounts.PASSWORD)))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void anonymousApiCallsAreToldToSignInAsProblemDetails() {
		assertThat(mvc.get().uri("/api/v1/me"))
			.hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").asString().contains("đăng nhập");
	}

	@Test
	void anonymousPagesRedirectToSignIn() {
		assertThat(mvc.get().uri("/home")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(mvc.get().uri("/account")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
	}

	@Test
	void aFormPostWithoutItsCsrfTokenIsRefused() {
		assertThat(mvc.post().uri("/register").param("fullName", "Nguyễn Văn Ba")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(mvc.post().uri("/register").param("fullName", "Nguyễn Văn Ba").with(csrf()))
			.hasStatusOk();
	}

	@Test
	void anApiCallWithCredentialsNeedsNoCsrfTokenButABrowserSessionDoes() {
		String citizen = DemoAccounts.OTHER_CITIZEN;
		assertThat(mvc.put().uri("/api/v1/account").contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"0905000002\",\"email\":\"binh.tran@example.vn\"}")
			.with(httpBasic(citizen, DemoAccounts.PASSWORD)))
			.hasStatusOk();
	}

	@Test
	void pagesCarrySecurityHeaders() {
		assertThat(mvc.get().uri("/login")).hasStatusOk()
			.headers()
			.containsHeaders("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy");
	}
}
