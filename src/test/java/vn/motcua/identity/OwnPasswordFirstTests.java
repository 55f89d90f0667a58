package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * An officer whose password an administrator chose (creating the account or giving it a new password) must
 * choose their own at their next sign-in and reaches nothing else until they have: pages go to the password
 * page, the API answers 403 saying why, signing out still works (decision 0044). Citizens who registered and the
 * demo accounts chose their own.
 */
@WebTest
class OwnPasswordFirstTests {

	static final String CHOSEN_BY_ADMINISTRATOR = "Cuaso2026x";
	static final String OWN_PASSWORD = "Mat-khau-rieng-2027";
	static final String PASSWORD_PAGE = "/account/password";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasswordResets resets;

	@Autowired
	OrganizationManagement organization;

	@Test
	void anOfficerTheAdministratorCreatedReachesNothingButThePasswordPage() {
		String officer = createdByTheAdministrator(AnotherAgency.create(organization));
		MockHttpSession session = Citizens.signedIn(mvc, officer, CHOSEN_BY_ADMINISTRATOR);

		assertThat(mvc.get().uri("/home").session(session)).hasRedirectedUrl(PASSWORD_PAGE);
		assertThat(mvc.get().uri("/work/queue").session(session)).hasRedirectedUrl(PASSWORD_PAGE);
		assertThat(mvc.get().uri(PASSWORD_PAGE).session(session)).hasStatusOk().bodyText()
			.contains("Mật khẩu của bạn do người quản trị đặt").doesNotContain("Về trang của tôi");
		assertThat(mvc.get().uri("/api/v1/me").session(session)).hasStatus(403).bodyJson()
			.extractingPath("$.detail").asString().contains("do người khác đặt");
		assertThat(mvc.get().uri("/api/v1/me").header("Accept-Language", "en")
			.with(httpBasic(officer, CHOSEN_BY_ADMINISTRATOR))).hasStatus(403).bodyJson()
			.extractingPath("$.detail").asString().contains("chosen by someone else");
	}

	@Test
	void choosingTheirOwnPasswordFreesThem() {
		String officer = createdByTheAdministrator(AnotherAgency.create(organization));
		MockHttpSession session = Citizens.signedIn(mvc, officer, CHOSEN_BY_ADMINISTRATOR);

		assertThat(change(session, CHOSEN_BY_ADMINISTRATOR)).hasRedirectedUrl(PASSWORD_PAGE + "?changed");

		assertThat(mvc.get().uri(PASSWORD_PAGE + "?changed").session(session)).bodyText().contains("Về trang của tôi")
			.doesNotContain("Mật khẩu của bạn do người quản trị đặt");
		assertThat(mvc.get().uri("/home").session(session)).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(officer, OWN_PASSWORD))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", idOf(officer).toString())
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson().extractingPath("$.content[*].action").asArray()
			.contains("account.created", "account.password-change-required", "account.password-chosen-by-holder");
	}

	@Test
	void signingOutStillWorksBeforeThePasswordIsChosen() {
		String officer = createdByTheAdministrator(AnotherAgency.create(organization));
		MockHttpSession session = Citizens.signedIn(mvc, officer, CHOSEN_BY_ADMINISTRATOR);

		assertThat(mvc.post().uri("/logout").session(session).with(csrf())).hasRedirectedUrl("/?signedOut");

		assertThat(mvc.get().uri(PASSWORD_PAGE).session(session)).as("signed out").hasRedirectedUrl("/login");
	}

	@Test
	void aPasswordTheAdministratorGaveIsReplacedToo() {
		AnotherAgency agency = AnotherAgency.create(organization);
		String officer = agency.officer(Role.SPECIALIST);

		assertThat(giveNewPassword(officer, "admin", CHOSEN_BY_ADMINISTRATOR)).hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/home").session(Citizens.signedIn(mvc, officer, CHOSEN_BY_ADMINISTRATOR)))
			.hasRedirectedUrl(PASSWORD_PAGE);

		// a forgotten password chosen again through the link sent to the officer is theirs
		UUID accountId = idOf(officer);
		Instant expires = Instant.now().plus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
		Matcher key = Pattern.compile("key=([\\w-]+)").matcher(resets.linkPath(accountId, expires));
		assertThat(key.find()).isTrue();
		resets.reset(accountId, expires.getEpochSecond(), key.group(1), OWN_PASSWORD);

		assertThat(mvc.get().uri("/home").session(Citizens.signedIn(mvc, officer, OWN_PASSWORD))).hasStatusOk();
	}

	@Test
	void citizensWhoRegisterAndTheDemoAccountsChoseTheirOwn() {
		String citizen = Citizens.register(accounts, "Lê Thị Hoa");
		assertThat(mvc.get().uri("/home").session(Citizens.signedIn(mvc, citizen, Citizens.PASSWORD))).hasStatusOk();

		Stream.concat(DemoAccounts.BY_ROLE.values().stream(),
				Stream.of(DemoAccounts.OTHER_CITIZEN, DemoAccounts.BUSINESS)).forEach(demo -> {
					assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(demo, DemoAccounts.PASSWORD))).as(demo)
						.hasStatusOk();
					assertThat(accounts.findByUsername(demo).orElseThrow().passwordChosenBy()).as(demo)
						.isEqualTo(PasswordChosenBy.HOLDER);
				});
	}

	/**
	 * A new specialist created through the administrator's page by the agency's own administrator, with the
	 * password the administrator chose.
	 */
	private String createdByTheAdministrator(AnotherAgency agency) {
		String administrator = agency.officer(Role.ADMINISTRATOR);
		StringBuilder username = new StringBuilder("cb");
		ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> username.append((char) c));
		UUID agencyId = agency.agency().id();
		assertThat(mvc.post().uri("/admin/agencies/" + agencyId + "/officers")
			.with(httpBasic(administrator, DemoAccounts.PASSWORD))
			.with(csrf()).param("unitId", organization.units(agencyId).get(0).id().toString())
			.param("fullName", "Đỗ Thị Thu").param("positionTitle", "Chuyên viên").param("username", username.toString())
			.param("initialPassword", CHOSEN_BY_ADMINISTRATOR).param("roles", Role.SPECIALIST.name()))
			.hasStatus3xxRedirection();
		return username.toString();
	}

	/** The administrator's page giving the officer a new password. */
	private MvcTestResult giveNewPassword(String officer, String administrator, String password) {
		var record = organization.officerOfAccount(idOf(officer)).orElseThrow();
		return mvc.post().uri("/admin/agencies/" + record.agencyId() + "/officers/" + record.id() + "/password")
			.with(httpBasic(administrator, DemoAccounts.PASSWORD)).with(csrf()).param("newPassword", password).exchange();
	}

	private MvcTestResult change(MockHttpSession session, String current) {
		return mvc.post().uri(PASSWORD_PAGE).session(session).param("currentPassword", current)
			.param("newPassword", OWN_PASSWORD).param("newPasswordConfirmation", OWN_PASSWORD).with(csrf()).exchange();
	}

	private UUID idOf(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}
}
