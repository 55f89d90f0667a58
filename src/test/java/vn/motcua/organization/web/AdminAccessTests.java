package vn.motcua.organization.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Only administrators reach the administrator pages: a specialist and an applicant are refused,
 * an anonymous browser is sent to sign in, and a POST without its CSRF token is refused even from
 * an administrator. Paths name the demo agency ({a}), its first unit ({u}) and the desk officer ({o}).
 */
class AdminAccessTests extends AdminPagesTestSupport {

	@Autowired
	AccountManagement accounts;

	private Agency agency;
	private Officer desk;

	@BeforeEach
	void findTheDemoAgency() {
		agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		desk = organization.officerOfAccount(accounts.findByUsername("desk").orElseThrow().id()).orElseThrow();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/agencies", "/admin/agencies/{a}", "/admin/agencies/{a}/units/{u}",
			"/admin/agencies/{a}/officers", "/admin/agencies/{a}/officers/new", "/admin/agencies/{a}/officers/{o}",
			"/admin/agencies/{a}/merge", "/admin/agencies/{a}/units/{u}/split" })
	void pagesAreForAdministratorsOnly(String template) {
		String path = path(template);

		assertThat(mvc.get().uri(path).with(admin())).hasStatusOk();
		assertThat(mvc.get().uri(path).with(signedIn("specialist"))).hasStatus(403);
		assertThat(mvc.get().uri(path).with(signedIn("051090000001"))).hasStatus(403);
		assertThat(mvc.get().uri(path).accept(MediaType.TEXT_HTML)).hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/agencies", "/admin/agencies/{a}", "/admin/agencies/{a}/units",
			"/admin/agencies/{a}/contact", "/admin/agencies/{a}/units/{u}", "/admin/agencies/{a}/officers",
			"/admin/agencies/{a}/officers/{o}", "/admin/agencies/{a}/officers/{o}/unlock", "/admin/agencies/{a}/officers/{o}/disable",
			"/admin/agencies/{a}/officers/{o}/enable", "/admin/agencies/{a}/officers/{o}/password",
			"/admin/agencies/{a}/merge", "/admin/agencies/{a}/units/{u}/split" })
	void actionsAreForAdministratorsOnly(String template) {
		String path = path(template);
		long rows = rows();

		assertThat(mvc.post().uri(path).with(signedIn("specialist")).with(csrf()).param("name", "X")).hasStatus(403);
		assertThat(mvc.post().uri(path).with(signedIn("051090000001")).with(csrf()).param("name", "X")).hasStatus(403);
		assertThat(mvc.post().uri(path).accept(MediaType.TEXT_HTML).with(csrf()).param("name", "X"))
			.hasStatus3xxRedirection()
			.redirectedUrl().endsWith("/login");
		assertThat(rows()).isEqualTo(rows);
		assertThat(deskState()).isEqualTo(AccountState.ACTIVE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/agencies", "/admin/agencies/{a}", "/admin/agencies/{a}/units",
			"/admin/agencies/{a}/contact", "/admin/agencies/{a}/units/{u}", "/admin/agencies/{a}/officers",
			"/admin/agencies/{a}/officers/{o}", "/admin/agencies/{a}/officers/{o}/disable", "/admin/agencies/{a}/officers/{o}/password",
			"/admin/agencies/{a}/merge", "/admin/agencies/{a}/units/{u}/split" })
	void aPostWithoutItsCsrfTokenIsRefused(String template) {
		long rows = rows();

		assertThat(mvc.post().uri(path(template)).with(admin()).param("code", unique("C.")).param("name", "Tên")
			.param("province", "Huế").param("kind", "OFFICE").param("newPassword", GOOD_PASSWORD))
			.hasStatus(403);
		assertThat(rows()).isEqualTo(rows);
		assertThat(deskState()).isEqualTo(AccountState.ACTIVE);
	}

	private String path(String template) {
		return template.replace("{a}", agency.id().toString())
			.replace("{u}", desk.unitId().toString())
			.replace("{o}", desk.id().toString());
	}

	private long rows() {
		return count("agency") + count("unit") + count("officer") + count("account");
	}

	private AccountState deskState() {
		return accounts.stateOf(accounts.findById(desk.accountId()).orElseThrow());
	}
}
