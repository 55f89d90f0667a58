package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Citizens registered as they register themselves, and sign-ins through the sign-in form, for the identity tests. */
final class Citizens {

	static final String PASSWORD = "Mat-khau-2026";

	private Citizens() {
	}

	/** A new citizen with the {@link #PASSWORD}, an e-mail address and a phone; their ID number, which signs them in. */
	static String register(AccountManagement accounts, String name) {
		String idNumber = RegistrationTests.randomDigits(12);
		accounts.register(new Registration(AccountKind.CITIZEN, name, idNumber, "09" + RegistrationTests.randomDigits(8),
				"cd." + idNumber + "@example.vn", PASSWORD));
		return idNumber;
	}

	static MvcTestResult signIn(MockMvcTester mvc, String username, String password) {
		return mvc.post().uri("/login").param("username", username).param("password", password).with(csrf()).exchange();
	}

	/** The session of a sign-in that succeeded. */
	static MockHttpSession signedIn(MockMvcTester mvc, String username, String password) {
		MvcTestResult result = signIn(mvc, username, password);
		assertThat(result).hasRedirectedUrl("/home");
		return (MockHttpSession) result.getRequest().getSession();
	}
}
