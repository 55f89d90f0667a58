package vn.motcua.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Objects;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;

/** An officer going through the pages: signed in by name, following a form's redirect as the browser does. */
public final class OfficerPages {

	private OfficerPages() {
	}

	public static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}

	/** Where the form sent the browser. */
	public static String redirect(MvcTestResult posted) {
		return Objects.requireNonNull(posted.getResponse().getRedirectedUrl(), "the form did not redirect");
	}

	/** The page the form redirected to, with the flash attributes it left (a refusal's message, say). */
	public static MvcTestResult followed(MockMvcTester mvc, String username, MvcTestResult posted) {
		return mvc.get().uri(redirect(posted)).flashAttrs(posted.getMvcResult().getFlashMap()).with(as(username))
			.exchange();
	}

	/**
	 * A new agency (the demo has one) with one officer holding the role there only, signed in by the
	 * returned user name.
	 */
	public static String officerOfAnotherAgency(OrganizationManagement organization, Role role) {
		return AnotherAgency.create(organization).officer(role);
	}
}
