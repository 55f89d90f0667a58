package vn.motcua.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitKind;

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
		Agency other = organization.createAgency("000.00.21.H55-" + UUID.randomUUID().toString().substring(0, 4),
				"Sở Công Thương tỉnh Quảng Ngãi", "Quảng Ngãi");
		var unit = organization.addUnit(other.id(), null, "Phòng Quản lý thương mại", UnitKind.SPECIALIST_UNIT);
		StringBuilder username = new StringBuilder("ct");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> username.append((char) c));
		organization.createOfficer(new OfficerRegistration(other.id(), unit.id(), "Phan Văn Thương", "Trưởng phòng",
				username.toString(), null, null, DemoAccounts.PASSWORD, Set.of(role)));
		return username.toString();
	}
}
