package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * A session's sign-in stands only while its account is as it was: disabled, its roles changed or its
 * password changed, the session is signed out at its next request (the page says why, the API answers
 * 401), except the session its holder changed the password from; a wrong password typed by somebody
 * else signs nobody out.
 */
@WebTest
class SignedOutWhenChangedTests {

	static final String PASSWORD = Citizens.PASSWORD;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Test
	void aDisabledOfficersSessionEndsAtItsNextRequest() {
		AnotherAgency agency = AnotherAgency.create(organization);
		String officer = agency.officer(Role.SPECIALIST);
		MockHttpSession page = Citizens.signedIn(mvc, officer, DemoAccounts.PASSWORD);
		MockHttpSession api = Citizens.signedIn(mvc, officer, DemoAccounts.PASSWORD);
		assertThat(mvc.get().uri("/work/queue").session(page)).hasStatusOk();

		accounts.disable(idOf(officer));

		assertThat(mvc.get().uri("/work/queue").session(page)).hasRedirectedUrl("/login?error=changed");
		assertThat(mvc.get().uri("/work/queue").session(page)).as("the session is gone").hasRedirectedUrl("/login");
		assertThat(mvc.get().uri("/api/v1/me").session(api)).hasStatus(401);
		assertThat(mvc.get().uri("/login?error=changed")).bodyText().contains("Bạn đã được đăng xuất vì mật khẩu, quyền");
	}

	@Test
	void anOfficerWhoseRolesChangedSignsInAgainToGetThem() {
		AnotherAgency agency = AnotherAgency.create(organization);
		String officer = agency.officer(Role.SPECIALIST, Role.UNIT_HEAD);
		MockHttpSession session = Citizens.signedIn(mvc, officer, DemoAccounts.PASSWORD);
		UUID account = idOf(officer);

		accounts.updateOfficer(account, "Phan Văn Thương", null, null,
				Set.of(RoleGrant.officer(Role.SPECIALIST, agency.agency().id())));

		assertThat(mvc.get().uri("/work/queue").session(session)).hasRedirectedUrl("/login?error=changed");
		assertThat(mvc.get().uri("/work/queue").with(httpBasic(officer, DemoAccounts.PASSWORD)))
			.as("a sign-in as the account now is").hasStatusOk();
	}

	@Test
	void aNewPasswordSignsOutEverySessionButTheOneItWasChosenFrom() {
		String citizen = Citizens.register(accounts, "Lê Thị Hoa");
		MockHttpSession here = Citizens.signedIn(mvc, citizen, PASSWORD);
		MockHttpSession elsewhere = Citizens.signedIn(mvc, citizen, PASSWORD);

		assertThat(mvc.post().uri("/account/password").session(here).param("currentPassword", PASSWORD)
			.param("newPassword", "Mat-khau-moi-2027").param("newPasswordConfirmation", "Mat-khau-moi-2027").with(csrf()))
			.hasRedirectedUrl("/account/password?changed");

		assertThat(mvc.get().uri("/my/dossiers").session(here)).as("where it was changed").hasStatusOk();
		assertThat(mvc.get().uri("/my/dossiers").session(elsewhere)).hasRedirectedUrl("/login?error=changed");
	}

	@Test
	void aWrongPasswordTypedBySomebodyElseSignsNobodyOut() {
		String citizen = Citizens.register(accounts, "Lê Thị Hoa");
		MockHttpSession session = Citizens.signedIn(mvc, citizen, PASSWORD);

		assertThat(Citizens.signIn(mvc, citizen, "Sai-mat-khau-1")).hasRedirectedUrl("/login?error=bad-credentials");
		accounts.updateApplicantContact(idOf(citizen), "09" + RegistrationTests.randomDigits(8), "moi." + citizen + "@example.vn");

		assertThat(mvc.get().uri("/my/dossiers").session(session)).hasStatusOk();
	}

	private UUID idOf(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}
}
