package vn.motcua.organization.web;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.testing.WebTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * What the administrator page tests share: the application with MockMvc, the demo accounts as
 * signed-in users, fresh agencies with unique codes, and row counts to prove that nothing was stored.
 */
@WebTest
abstract class AdminPagesTestSupport {

	/** A password that passes the password policy. */
	static final String GOOD_PASSWORD = "Cuaso2026x";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService userDetails;

	/** The demo administrator, signed in. */
	RequestPostProcessor admin() {
		return signedIn("admin");
	}

	RequestPostProcessor signedIn(String username) {
		return user(userDetails.loadUserByUsername(username));
	}

	static String unique(String prefix) {
		return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
	}

	/** A new agency of its own, with a unique code and no unit. */
	Agency anAgency() {
		return organization.createAgency(unique("T."), "Sở thử nghiệm " + unique(""), "Quảng Ngãi");
	}

	Unit aUnit(Agency agency, String name) {
		return organization.addUnit(agency.id(), null, name, UnitKind.OFFICE);
	}

	Officer anOfficer(Agency agency, Unit unit, String username) {
		return organization.createOfficer(new OfficerRegistration(agency.id(), unit.id(), "Cán bộ " + username,
				"Chuyên viên", username, null, null, GOOD_PASSWORD, Set.of(Role.SPECIALIST), PasswordChosenBy.HOLDER));
	}

	/** A real form sign-in, through Spring Security's filter. */
	MvcTestResult signIn(String username, String password) {
		return mvc.post().uri("/login").with(csrf()).param("username", username).param("password", password).exchange();
	}

	long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	static String agencyPath(Agency agency) {
		return "/admin/agencies/" + agency.id();
	}

	static String officerPath(Agency agency, UUID officerId) {
		return agencyPath(agency) + "/officers/" + officerId;
	}
}
