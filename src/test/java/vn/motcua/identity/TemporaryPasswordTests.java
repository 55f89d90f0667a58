package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * A password an administrator chose for another account is a temporary one (decision 0053): it signs in, to
 * choose the holder's own, until {@code motcua.identity.temporary-password-valid-for} after it was chosen, and
 * then neither on the sign-in page nor on the API, with nothing about the account changed but each refusal
 * audited; a password its holder chose never expires. The administrator who sets one, the holder who signs in
 * with it and the administrators' lists are told until when it works.
 */
@WebTest
@Import(MutableClock.Configuration.class)
@RecordApplicationEvents
class TemporaryPasswordTests {

	static final String TEMPORARY = "Cuaso2026x";
	static final String OWN_PASSWORD = "Mat-khau-rieng-2027";
	static final String PASSWORD_PAGE = "/account/password";
	static final String REFUSED = "account.expired-temporary-password-refused";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	ApplicationEvents events;

	@Autowired
	AuditTrail trail;

	@Value("${motcua.identity.temporary-password-valid-for}")
	Duration validity;

	@Value("${motcua.identity.max-failed-attempts}")
	int maxFailedAttempts;

	/** Sign-ins are anonymous requests: from an address of this class's own. */
	private final RequestPostProcessor client = ClientAddresses.from("192.0.2.53");

	private AnotherAgency agency;
	private String administrator;
	private String officer;

	@BeforeEach
	void anOfficerWithAPasswordTheirAdministratorGave() {
		// a whole second, which the database keeps exactly (not a clock's nanoseconds): the expiry is to the instant
		clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
		agency = AnotherAgency.create(organization);
		administrator = agency.officer(Role.ADMINISTRATOR);
		officer = agency.officer(Role.SPECIALIST);
		assertThat(giveNewPassword(officer)).hasStatus3xxRedirection();
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void itSignsInToThePasswordPageUntilItExpires() {
		clock.advance(validity.minusMinutes(1));

		MvcTestResult signIn = signIn(officer, TEMPORARY);
		assertThat(signIn).hasRedirectedUrl("/home");
		MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession();
		assertThat(mvc.get().uri("/home").session(session)).hasRedirectedUrl(PASSWORD_PAGE);
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(officer, TEMPORARY))).as("kept to the password page")
			.hasStatus(403);

		assertThat(mvc.post().uri(PASSWORD_PAGE).session(session).param("currentPassword", TEMPORARY)
			.param("newPassword", OWN_PASSWORD).param("newPasswordConfirmation", OWN_PASSWORD).with(csrf()))
			.hasRedirectedUrl(PASSWORD_PAGE + "?changed");
		clock.advance(validity.multipliedBy(100));

		assertThat(signIn(officer, OWN_PASSWORD)).as("the holder's own never expires").hasRedirectedUrl("/home");
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(officer, OWN_PASSWORD))).hasStatusOk();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "vi|Mật khẩu tạm do quản trị viên đặt cho tài khoản này đã hết hạn",
			"en|The temporary password an administrator set for this account has expired" })
	void onceExpiredItSignsNobodyInAndChangesNothing(String language, String message) {
		Account before = account(officer);
		clock.advance(validity);

		for (int attempt = 0; attempt <= maxFailedAttempts; attempt++) {
			assertThat(signIn(officer, TEMPORARY)).as("not counted as a wrong password")
				.hasRedirectedUrl("/login?error=temporary-password-expired");
		}
		assertThat(mvc.get().uri("/login?error=temporary-password-expired").param("lang", language)).hasStatusOk()
			.bodyText().contains(message, "/password-reset");
		assertThat(mvc.get().uri("/api/v1/me").header("Accept-Language", language)
			.with(httpBasic(officer, TEMPORARY))).hasStatus(401).bodyJson().extractingPath("$.detail").asString()
			.contains(message);
		assertThat(signIn(officer, "Sai-mat-khau-1")).as("a wrong one is still wrong")
			.hasRedirectedUrl("/login?error=bad-credentials");

		Account after = account(officer);
		assertThat(accounts.stateOf(after)).isEqualTo(AccountState.ACTIVE);
		assertThat(after.passwordChosenBy()).isEqualTo(PasswordChosenBy.SOMEONE_ELSE);
		assertThat(after.passwordChosenAt()).isEqualTo(before.passwordChosenAt());
		assertThat(after.passwordHash()).isEqualTo(before.passwordHash());
		List<String> refusals = Collections.nCopies(maxFailedAttempts + 2, REFUSED);
		assertThat(auditedActions(officer)).as("each refusal audited, by the page or the API, and nothing else since")
			.containsExactlyElementsOf(Stream.concat(Stream.of("account.created", "account.password-reset",
					"account.password-change-required"), refusals.stream()).toList());
	}

	@Test
	void aRefusedSignInWithAnExpiredOneIsInTheAuditTrailWithTheAccountButNotThePassword() {
		UUID accountId = account(officer).id();
		clock.advance(validity);

		assertThat(signIn(officer, TEMPORARY)).hasRedirectedUrl("/login?error=temporary-password-expired");

		String expiry = accounts.temporaryPasswordOf(account(officer)).expiresAt().toString();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(trail.entries(new AuditFilter("Account",
				accountId.toString(), null, REFUSED, null, null), AuditScope.wholeTrail(), 0, 10).content())
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo("anonymous");
				assertThat(entry.summary()).contains(officer, expiry).doesNotContain(TEMPORARY);
			}));
	}

	@Test
	void anOfficerWithoutEmailOrPhoneIsGivenANewOneOnTheOfficersPage() {
		Account account = account(officer);
		assertThat(account.email()).as("no link can reach them").isNull();
		assertThat(account.phone()).isNull();
		clock.advance(validity);
		assertThat(signIn(officer, TEMPORARY)).hasRedirectedUrl("/login?error=temporary-password-expired");

		assertThat(officerPage(officer, "vi")).as("the expired one, in words, and the form that sets a new one")
			.contains("data-temporary-password=\"expired\"", "Mật khẩu tạm do quản trị viên đặt đã hết hạn lúc ",
					"id=\"temporary-password-hint\"", "action=\"" + officerPath(officer) + "/password\"",
					"id=\"newPassword\"");
		assertThat(giveNewPassword(officer)).hasStatus3xxRedirection();

		assertThat(signIn(officer, TEMPORARY)).hasRedirectedUrl("/home");
		assertThat(auditedActions(officer)).containsSubsequence("account.password-reset",
				"account.password-change-required", "account.password-reset", "account.password-change-required");
	}

	@Test
	void passwordsTheirHoldersChoseNeverExpire() {
		String citizen = Citizens.register(accounts, "Lê Thị Hoa");
		clock.advance(validity.multipliedBy(1000));

		assertThat(signIn(citizen, Citizens.PASSWORD)).hasRedirectedUrl("/home");
		assertThat(signIn(administrator, DemoAccounts.PASSWORD)).hasRedirectedUrl("/home");
		assertThat(mvc.get().uri("/api/v1/me").with(httpBasic("admin", DemoAccounts.PASSWORD))).hasStatusOk();
		assertThat(accounts.temporaryPasswordOf(account(citizen))).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
			"vi|Mật khẩu tạm do quản trị viên đặt, dùng được đến "
			+ "|Mật khẩu tạm do quản trị viên đặt đã hết hạn lúc ",
			"en|Temporary password set by an administrator, valid until "
					+ "|Temporary password set by an administrator, expired at " })
	void theAdministratorsSeeWhichAccountsHaveOneAndUntilWhen(String language, String valid, String expired) {
		String printedExpiry = accounts.temporaryPasswordOf(account(officer)).printedExpiry();

		assertThat(rowOf(officer, language)).contains("data-temporary-password=\"valid\"", valid + printedExpiry);
		assertThat(rowOf(administrator, language)).as("the holder's own").doesNotContain("data-temporary-password");
		assertThat(officerPage(officer, language)).contains("data-temporary-password=\"valid\"", valid + printedExpiry);

		clock.advance(validity);
		assertThat(rowOf(officer, language)).contains("data-temporary-password=\"expired\"", expired + printedExpiry);
		assertThat(officerPage(officer, language)).contains(expired + printedExpiry);

		assertThat(giveNewPassword(officer)).hasStatus3xxRedirection();
		MockHttpSession session = (MockHttpSession) signIn(officer, TEMPORARY).getRequest().getSession();
		assertThat(mvc.post().uri(PASSWORD_PAGE).session(session).param("currentPassword", TEMPORARY)
			.param("newPassword", OWN_PASSWORD).param("newPasswordConfirmation", OWN_PASSWORD).with(csrf()))
			.hasRedirectedUrl(PASSWORD_PAGE + "?changed");
		assertThat(rowOf(officer, language)).as("replaced by the holder's own").doesNotContain("data-temporary-password");
		assertThat(officerPage(officer, language)).doesNotContain("data-temporary-password");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
			"vi|Mật khẩu tạm này dùng được đến |Mật khẩu tạm này đã hết hạn lúc | (giờ Việt Nam)",
			"en|This temporary password works until |This temporary password expired at | (Vietnam time)" })
	void theHoldersPasswordPageSaysUntilWhenItWorks(String language, String valid, String expired, String zone) {
		String printedExpiry = accounts.temporaryPasswordOf(account(officer)).printedExpiry();
		MockHttpSession session = (MockHttpSession) signIn(officer, TEMPORARY).getRequest().getSession();

		assertThat(passwordPage(session, language)).contains("data-temporary-password=\"valid\"",
				valid + printedExpiry + zone);
		clock.advance(validity);
		assertThat(passwordPage(session, language)).as("to a session signed in before it expired")
			.contains("data-temporary-password=\"expired\"", expired + printedExpiry + zone);

		assertThat(mvc.post().uri(PASSWORD_PAGE).session(session).param("currentPassword", TEMPORARY)
			.param("newPassword", OWN_PASSWORD).param("newPasswordConfirmation", OWN_PASSWORD).with(csrf()))
			.hasRedirectedUrl(PASSWORD_PAGE + "?changed");
		assertThat(passwordPage(session, language)).as("the holder's own").doesNotContain("data-temporary-password");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
			"vi|Mật khẩu bạn đặt tại đây là mật khẩu tạm|Mật khẩu vừa đặt là mật khẩu tạm, dùng được đến "
					+ "| (giờ Việt Nam)",
			"en|The password you set here is a temporary one|The password just set is a temporary one, valid until "
					+ "| (Vietnam time)" })
	void theAdministratorIsToldUntilWhenThePasswordTheySetWorks(String language, String hint, String given,
			String zone) {
		String officers = "/admin/agencies/" + agency.agency().id() + "/officers";
		assertThat(administratorsPage(officers + "/new", language)).as("the new officer's form")
			.contains("id=\"temporary-password-hint\"", hint);

		String username = "ct" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		MvcTestResult created = mvc.post().uri(officers).with(httpBasic(administrator, DemoAccounts.PASSWORD))
			.with(csrf()).param("unitId", organization.units(agency.agency().id()).get(0).id().toString())
			.param("fullName", "Đỗ Thị Lan").param("positionTitle", "Chuyên viên").param("username", username)
			.param("phone", "").param("email", "").param("initialPassword", TEMPORARY).param("roles", "SPECIALIST")
			.exchange();
		assertThat(contentOf(followed(created, language))).as("the new officer's page")
			.contains("id=\"temporary-password-given\"",
					given + accounts.temporaryPasswordOf(account(username)).printedExpiry() + zone);
		assertThat(officerPage(username, language)).as("only as it is set").doesNotContain("temporary-password-given");

		MvcTestResult reset = giveNewPassword(officer);
		assertThat(contentOf(followed(reset, language))).as("a new one on the officer's page")
			.contains(given + accounts.temporaryPasswordOf(account(officer)).printedExpiry() + zone);
	}

	/** The agency's administrator gives the officer the {@link #TEMPORARY} password on the officer's page. */
	private MvcTestResult giveNewPassword(String username) {
		return mvc.post().uri(officerPath(username) + "/password").with(httpBasic(administrator, DemoAccounts.PASSWORD))
			.with(csrf()).param("newPassword", TEMPORARY).exchange();
	}

	private MvcTestResult signIn(String username, String password) {
		return mvc.post().uri("/login").with(client).param("username", username).param("password", password)
			.with(csrf()).exchange();
	}

	/** The officer's row of the agency's officers list, as its administrator reads it. */
	private String rowOf(String username, String language) {
		String page = administratorsPage("/admin/agencies/" + agency.agency().id() + "/officers", language);
		Matcher row = Pattern.compile("<tr data-username=\"" + username + "\">.*?</tr>", Pattern.DOTALL).matcher(page);
		assertThat(row.find()).as("the row of " + username).isTrue();
		return row.group();
	}

	private String officerPage(String username, String language) {
		return administratorsPage(officerPath(username), language);
	}

	private String administratorsPage(String path, String language) {
		return contentOf(mvc.get().uri(path).param("lang", language)
			.with(httpBasic(administrator, DemoAccounts.PASSWORD)).exchange());
	}

	/** The page an administrator's action redirected to, with the notices it left. */
	private MvcTestResult followed(MvcTestResult action, String language) {
		assertThat(action).hasStatus3xxRedirection();
		return mvc.get().uri(action.getResponse().getRedirectedUrl()).param("lang", language)
			.flashAttrs(action.getMvcResult().getFlashMap()).with(httpBasic(administrator, DemoAccounts.PASSWORD))
			.exchange();
	}

	private String passwordPage(MockHttpSession session, String language) {
		return contentOf(mvc.get().uri(PASSWORD_PAGE).param("lang", language).session(session).exchange());
	}

	private static String contentOf(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException e) {
			throw new IllegalStateException(e);
		}
	}

	private String officerPath(String username) {
		var record = organization.officerOfAccount(account(username).id()).orElseThrow();
		return "/admin/agencies/" + record.agencyId() + "/officers/" + record.id();
	}

	private List<String> auditedActions(String username) {
		UUID accountId = account(username).id();
		return events.stream(AccountChanged.class).filter(event -> event.accountId().equals(accountId))
			.map(AccountChanged::action).toList();
	}

	private Account account(String username) {
		return accounts.findByUsername(username).orElseThrow();
	}
}
