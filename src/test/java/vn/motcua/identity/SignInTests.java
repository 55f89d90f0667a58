package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.WebTest;

/** Signing in: the configured number of wrong passwords locks the account with a clear message. */
@WebTest
class SignInTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Value("${motcua.identity.max-failed-attempts}")
	int maxFailedAttempts;

	@Test
	void theConfiguredNumberOfWrongPasswordsLocksTheAccount() {
		String idNumber = Citizens.register(accounts, "Lê Văn Cường");
		for (int attempt = 1; attempt < maxFailedAttempts; attempt++) {
			assertThat(Citizens.signIn(mvc, idNumber, "Sai-mat-khau-1")).hasRedirectedUrl("/login?error=bad-credentials");
		}
		assertThat(Citizens.signIn(mvc, idNumber, "Sai-mat-khau-1")).hasRedirectedUrl("/login?error=locked");

		assertThat(Citizens.signIn(mvc, idNumber, Citizens.PASSWORD))
			.as("even the right password is refused while the account is locked")
			.hasRedirectedUrl("/login?error=locked");
		assertThat(mvc.get().uri("/login?error=locked")).bodyText()
			.contains("Tài khoản đã bị tạm khóa do nhập sai mật khẩu nhiều lần")
			.contains("15 phút");
	}

	@Test
	void wrongPasswordsOverTheApiCountTowardsTheLockToo() {
		String idNumber = Citizens.register(accounts, "Lê Văn Cường");
		for (int attempt = 1; attempt <= maxFailedAttempts; attempt++) {
			assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(idNumber, "Sai-mat-khau-1"))).hasStatus(401);
		}
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(idNumber, Citizens.PASSWORD))).hasStatus(401);
		assertThat(Citizens.signIn(mvc, idNumber, Citizens.PASSWORD)).hasRedirectedUrl("/login?error=locked");
	}

	@Test
	void aSuccessfulSignInClearsTheCountOfWrongPasswords() {
		String idNumber = Citizens.register(accounts, "Lê Văn Cường");
		for (int attempt = 1; attempt < maxFailedAttempts; attempt++) {
			Citizens.signIn(mvc, idNumber, "Sai-mat-khau-1");
		}
		assertThat(Citizens.signIn(mvc, idNumber, Citizens.PASSWORD)).hasRedirectedUrl("/home");
		assertThat(Citizens.signIn(mvc, idNumber, "Sai-mat-khau-1")).hasRedirectedUrl("/login?error=bad-credentials");
	}

	@Test
	void signInChangesTheSessionIdAgainstFixation() {
		String idNumber = Citizens.register(accounts, "Lê Văn Cường");
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		var result = mvc.post().uri("/login").session(session).param("username", idNumber)
			.param("password", Citizens.PASSWORD).with(csrf()).exchange();
		assertThat(result).hasRedirectedUrl("/home");
		assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
	}

	@Test
	void signOutEndsTheSession() {
		String idNumber = Citizens.register(accounts, "Lê Văn Cường");
		MockHttpSession session = (MockHttpSession) mvc.post().uri("/login").param("username", idNumber)
			.param("password", Citizens.PASSWORD).with(csrf()).exchange().getRequest().getSession();
		assertThat(mvc.get().uri("/home").session(session)).hasStatusOk();
		assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/?signedOut");
		assertThat(mvc.get().uri("/home").session(session)).hasStatus3xxRedirection();
	}
}
