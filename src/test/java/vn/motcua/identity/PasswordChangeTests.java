package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Anyone signed in changes their own password: the current one proves it is them, and a wrong one
 * counts towards the lock; the new one passes the password rules and is typed twice; the change is
 * audited and the session gets a new id.
 */
@WebTest
class PasswordChangeTests {

	static final String PASSWORD = Citizens.PASSWORD;
	static final String NEW_PASSWORD = "Mat-khau-moi-2027";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	JdbcClient jdbc;

	@Value("${motcua.identity.max-failed-attempts}")
	int maxFailedAttempts;

	@Test
	void aCitizenChangesTheirPasswordAndOnlyTheNewOneSignsIn() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");
		MockHttpSession session = Citizens.signedIn(mvc, idNumber, PASSWORD);
		assertThat(mvc.get().uri("/account/password").session(session)).hasStatusOk().bodyText()
			.contains("Mật khẩu hiện tại").contains("Nhập lại mật khẩu mới");
		String before = session.getId();

		MvcTestResult changed = change(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

		assertThat(changed).hasRedirectedUrl("/account/password?changed");
		assertThat(changed.getRequest().getSession().getId()).as("a new session id").isNotEqualTo(before);
		assertThat(mvc.get().uri("/account/password?changed").session(session)).bodyText().contains("Đã đổi mật khẩu");
		assertThat(Citizens.signIn(mvc, idNumber, PASSWORD)).hasRedirectedUrl("/login?error=bad-credentials");
		assertThat(Citizens.signIn(mvc, idNumber, NEW_PASSWORD)).hasRedirectedUrl("/home");
		assertThat(jdbc.sql("SELECT channel FROM notification_message WHERE record_code = ? AND notice = 'PASSWORD_CHANGED'")
			.param(idNumber).query(String.class).list()).as("the holder is told, on both channels")
			.containsExactlyInAnyOrder("EMAIL", "SMS");
		String accountId = accounts.findByUsername(idNumber).orElseThrow().id().toString();
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", accountId)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson()
			.extractingPath("$.content[?(@.action == 'account.password-changed')]").asArray().hasSize(1);
	}

	@Test
	void aWrongCurrentPasswordOrANewOneThatBreaksTheRulesChangesNothing() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");
		MockHttpSession session = Citizens.signedIn(mvc, idNumber, PASSWORD);

		assertThat(change(session, "Sai-mat-khau-1", NEW_PASSWORD, NEW_PASSWORD)).hasStatusOk().bodyText()
			.contains("Mật khẩu hiện tại không đúng");
		assertThat(change(session, PASSWORD, "ngan1", "ngan1")).hasStatusOk().bodyText().contains("Mật khẩu quá ngắn");
		assertThat(change(session, PASSWORD, "Mat-khau-" + idNumber, "Mat-khau-" + idNumber)).hasStatusOk().bodyText()
			.contains("không được chứa số CCCD");
		assertThat(change(session, PASSWORD, PASSWORD, PASSWORD)).hasStatusOk().bodyText()
			.contains("Mật khẩu mới phải khác mật khẩu hiện tại");
		assertThat(change(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x")).hasStatusOk().bodyText()
			.contains("Hai lần nhập mật khẩu không khớp nhau");
		assertThat(change(session, PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.as("the right change still goes through once the mistakes are put right")
			.hasRedirectedUrl("/account/password?changed");

		assertThat(Citizens.signIn(mvc, idNumber, NEW_PASSWORD)).hasRedirectedUrl("/home");
	}

	@Test
	void wrongCurrentPasswordsLockTheAccountAndEndTheSession() {
		String idNumber = Citizens.register(accounts, "Lê Thị Hoa");
		MockHttpSession session = Citizens.signedIn(mvc, idNumber, PASSWORD);
		for (int attempt = 1; attempt < maxFailedAttempts; attempt++) {
			assertThat(change(session, "Sai-mat-khau-" + attempt, NEW_PASSWORD, NEW_PASSWORD)).hasStatusOk();
		}

		assertThat(change(session, "Sai-mat-khau-0", NEW_PASSWORD, NEW_PASSWORD)).hasRedirectedUrl("/login?error=locked");

		assertThat(mvc.get().uri("/account/password").session(session)).as("signed out").hasStatus3xxRedirection();
		assertThat(Citizens.signIn(mvc, idNumber, PASSWORD)).as("locked, as after wrong sign-ins").hasRedirectedUrl("/login?error=locked");
	}

	@Test
	void anOfficerChangesTheirsTooAndNobodyElseReachesThePage() {
		String officer = AnotherAgency.create(organization).officer(Role.SPECIALIST);
		MockHttpSession session = Citizens.signedIn(mvc, officer, DemoAccounts.PASSWORD);
		assertThat(mvc.get().uri("/home").session(session)).bodyText().contains("Đổi mật khẩu");

		assertThat(change(session, DemoAccounts.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
			.hasRedirectedUrl("/account/password?changed");

		assertThat(Citizens.signIn(mvc, officer, NEW_PASSWORD)).hasRedirectedUrl("/home");
		assertThat(mvc.get().uri("/account/password")).as("anonymous").hasRedirectedUrl("/login");
		assertThat(mvc.post().uri("/account/password").param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
			.param("newPasswordConfirmation", NEW_PASSWORD).session(Citizens.signedIn(mvc, officer, NEW_PASSWORD)))
			.as("without the form's token").hasStatus(403);
		assertThat(mvc.get().uri("/account/password?lang=en").session(session)).bodyText().contains("Current password");
	}

	private MvcTestResult change(MockHttpSession session, String current, String newPassword, String confirmation) {
		return mvc.post().uri("/account/password").session(session).param("currentPassword", current)
			.param("newPassword", newPassword).param("newPasswordConfirmation", confirmation).with(csrf()).exchange();
	}
}
