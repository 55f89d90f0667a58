package vn.motcua.organization.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountChanged;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators disable, enable and unlock an officer's account and reset its password, but not their own; each
 * action takes effect at the next sign-in and is recorded as an {@link AccountChanged} event.
 */
@RecordApplicationEvents
class OfficerAccountPagesTests extends AdminPagesTestSupport {

	@Autowired
	AccountManagement accounts;

	@Autowired
	ApplicationEvents events;

	@Test
	void aDisabledOfficerCannotSignInUntilEnabledAgain() {
		Agency agency = anAgency();
		String username = unique("u");
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), username);

		assertThat(action(agency, officer, "disable")).hasRedirectedUrl(officerPath(agency, officer.id()));
		assertThat(stateOf(officer)).isEqualTo(AccountState.DISABLED);
		assertThat(signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=disabled");
		assertThat(mvc.get().uri(officerPath(agency, officer.id())).with(admin())).bodyText()
			.contains("Vô hiệu hóa", "/enable\"").doesNotContain("/disable\"");

		assertThat(action(agency, officer, "enable")).hasRedirectedUrl(officerPath(agency, officer.id()));
		assertThat(stateOf(officer)).isEqualTo(AccountState.ACTIVE);
		assertThat(signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/home");
		assertThat(actionsRecorded()).contains("account.disabled", "account.enabled");
	}

	@Test
	void aLockedOfficerSignsInAgainOnceUnlocked() {
		Agency agency = anAgency();
		String username = unique("u");
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), username);
		for (int attempt = 0; attempt < 5; attempt++) {
			signIn(username, "wrong-password-1");
		}
		assertThat(stateOf(officer)).isEqualTo(AccountState.LOCKED);
		assertThat(events.stream(AccountChanged.class)
			.filter(event -> event.action().equals("account.locked") && event.accountId().equals(officer.accountId())))
			.as("locked by whoever tried to sign in, not by a job of the system").singleElement()
			.extracting(event -> event.actor().name()).isEqualTo("anonymous");
		assertThat(mvc.get().uri(officerPath(agency, officer.id())).with(admin())).bodyText()
			.contains("data-state=\"LOCKED\"", "Tạm khóa", "/unlock\"");

		assertThat(action(agency, officer, "unlock")).hasRedirectedUrl(officerPath(agency, officer.id()));
		assertThat(stateOf(officer)).isEqualTo(AccountState.ACTIVE);
		assertThat(signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/home");
		assertThat(actionsRecorded()).contains("account.locked", "account.unlocked");
	}

	@Test
	void aResetPasswordReplacesTheOldOne() {
		Agency agency = anAgency();
		String username = unique("u");
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), username);

		assertThat(mvc.post().uri(officerPath(agency, officer.id()) + "/password").with(admin()).with(csrf())
			.param("newPassword", "Moi2026abcd"))
			.hasRedirectedUrl(officerPath(agency, officer.id()));

		assertThat(signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/login?error=bad-credentials");
		assertThat(signIn(username, "Moi2026abcd")).hasRedirectedUrl("/home");
		assertThat(events.stream(AccountChanged.class))
			.anySatisfy(event -> {
				assertThat(event.action()).isEqualTo("account.password-reset");
				assertThat(event.accountId()).isEqualTo(officer.accountId());
				assertThat(event.actor().name()).isEqualTo("admin");
				assertThat(event.summary()).doesNotContain("Moi2026abcd");
			});
	}

	@ParameterizedTest
	@CsvSource({ "'', Mật khẩu phải có cả chữ cái và chữ số.", "en, The password must contain both letters and digits." })
	void refusesAWeakNewPassword(String language, String message) {
		Agency agency = anAgency();
		String username = unique("u");
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), username);

		assertThat(mvc.post().uri(officerPath(agency, officer.id()) + "/password").with(admin()).with(csrf())
			.param("lang", language).param("newPassword", "abcdefghijkl"))
			.hasStatusOk()
			.bodyText()
			.contains(message, "id=\"newPassword-error\"");
		assertThat(signIn(username, GOOD_PASSWORD)).hasRedirectedUrl("/home");
		assertThat(actionsRecorded()).doesNotContain("account.password-reset");
	}

	@ParameterizedTest
	@CsvSource({ "'', Bạn không thể tự vô hiệu hóa tài khoản của mình.", "en, You cannot disable your own account." })
	void anAdministratorCannotDisableTheirOwnAccount(String language, String message) {
		Officer self = anInstallationAdministrator();
		RequestPostProcessor signedInSelf = signedIn(usernameOf(self));

		MvcTestResult result = mvc.post().uri(officerPath(home(), self.id()) + "/disable").with(signedInSelf)
			.with(csrf()).exchange();

		assertThat(result).hasRedirectedUrl(officerPath(home(), self.id()));
		assertThat(stateOf(self)).isEqualTo(AccountState.ACTIVE);
		assertThat(actionsRecorded()).doesNotContain("account.disabled");
		assertThat(mvc.get().uri(officerPath(home(), self.id())).param("lang", language).with(signedInSelf)
			.flashAttrs(result.getMvcResult().getFlashMap()))
			.bodyText()
			.contains(message);
	}

	@ParameterizedTest
	@CsvSource({ "'', Bạn không thể tự đặt mật khẩu mới cho tài khoản của mình tại trang quản trị.",
			"en, You cannot set a new password for your own account on the administration page." })
	void anAdministratorCannotSetTheirOwnPasswordHere(String language, String message) {
		Officer self = anInstallationAdministrator();
		Account before = accounts.findById(self.accountId()).orElseThrow();
		RequestPostProcessor signedInSelf = signedIn(before.username());

		MvcTestResult result = mvc.post().uri(officerPath(home(), self.id()) + "/password").with(signedInSelf)
			.with(csrf()).param("newPassword", "Moi2026abcd").exchange();

		assertThat(result).hasRedirectedUrl(officerPath(home(), self.id()));
		assertUnchanged(before);
		assertThat(actionsRecorded()).doesNotContain("account.password-reset", "account.password-change-required");
		assertThat(mvc.get().uri(officerPath(home(), self.id())).param("lang", language).with(signedInSelf)
			.flashAttrs(result.getMvcResult().getFlashMap()))
			.bodyText()
			.contains(message);
		assertThat(mvc.get().uri(officerPath(home(), self.id())).with(signedInSelf)).hasStatusOk().bodyText()
			.as("the page sends them to change it with the current one")
			.contains("id=\"own-password\"", "href=\"/account/password\"")
			.doesNotContain(self.id() + "/password\"");
	}

	@Test
	void agencyAdministratorsKeepTheirRulesButNotTheirOwnPassword() {
		AnotherAgency other = AnotherAgency.create(organization);
		String administrator = other.officer(Role.ADMINISTRATOR);
		String colleague = other.officer(Role.ADMINISTRATOR);
		String installationAdministrator = usernameOf(anInstallationAdministrator());
		Agency agency = other.agency();
		Account before = accounts.findByUsername(administrator).orElseThrow();

		assertThat(newPassword(agency, administrator, administrator)).hasRedirectedUrl(officerPath(agency,
				officerOf(administrator).id()));
		assertUnchanged(before);
		assertThat(newPassword(home(), installationAdministrator, administrator))
			.as("nor the installation administrator's").hasStatus(403);

		assertThat(newPassword(agency, colleague, administrator)).as("another administrator of their agency")
			.hasRedirectedUrl(officerPath(agency, officerOf(colleague).id()));
		assertThat(accounts.temporaryPasswordOf(accounts.findByUsername(colleague).orElseThrow())).isNotNull();
		assertThat(newPassword(agency, administrator, installationAdministrator))
			.as("the installation's administrator sets theirs")
			.hasRedirectedUrl(officerPath(agency, officerOf(administrator).id()));
		assertThat(accounts.temporaryPasswordOf(accounts.findByUsername(administrator).orElseThrow())).isNotNull();
		assertThat(events.stream(AccountChanged.class).filter(event -> event.action().equals("account.password-reset"))
			.map(event -> event.actor().name())).containsExactly(administrator, installationAdministrator);
	}

	@Test
	void accountActionsOnAnotherAgencysOfficerAreNotFound() {
		Agency agency = anAgency();
		Officer officer = anOfficer(agency, aUnit(agency, "Văn phòng"), unique("u"));

		assertThat(action(anAgency(), officer, "disable")).hasStatus(404);
		assertThat(stateOf(officer)).isEqualTo(AccountState.ACTIVE);
	}

	private MvcTestResult action(Agency agency, Officer officer, String action) {
		return mvc.post().uri(officerPath(agency, officer.id()) + "/" + action).with(admin()).with(csrf()).exchange();
	}

	/** The agency's officer of that user name given a new password by the administrator of that user name. */
	private MvcTestResult newPassword(Agency agency, String officer, String administrator) {
		return mvc.post().uri(officerPath(agency, officerOf(officer).id()) + "/password").with(signedIn(administrator))
			.with(csrf()).param("newPassword", "Moi2026abcd").exchange();
	}

	/**
	 * A new administrator of the home agency, so one of the installation's (decision 0040), of the test's own: the
	 * tests about an administrator's own account act on it and not on the demo {@code admin}, whom every test
	 * shares. Their password is their own, {@link DemoAccounts#PASSWORD}.
	 */
	private Officer anInstallationAdministrator() {
		String username = unique("qt");
		return organization.createOfficer(new OfficerRegistration(home().id(), officerOf("admin").unitId(),
				"Quản trị " + username, "Quản trị viên", username, null, null, DemoAccounts.PASSWORD,
				Set.of(Role.ADMINISTRATOR), PasswordChosenBy.HOLDER));
	}

	private Agency home() {
		return organization.agencyByCode("000.00.31.H55").orElseThrow();
	}

	private String usernameOf(Officer officer) {
		return accounts.findById(officer.accountId()).orElseThrow().username();
	}

	private Officer officerOf(String username) {
		return organization.officerOfAccount(accounts.findByUsername(username).orElseThrow().id()).orElseThrow();
	}

	/** The account's password is the one it had, still its holder's. */
	private void assertUnchanged(Account before) {
		Account after = accounts.findById(before.id()).orElseThrow();
		assertThat(after.passwordChosenAt()).isEqualTo(before.passwordChosenAt());
		assertThat(after.passwordChosenBy()).isEqualTo(PasswordChosenBy.HOLDER);
		assertThat(signIn(after.username(), DemoAccounts.PASSWORD)).hasRedirectedUrl("/home");
	}

	private AccountState stateOf(Officer officer) {
		return accounts.stateOf(accounts.findById(officer.accountId()).orElseThrow());
	}

	private List<String> actionsRecorded() {
		return events.stream(AccountChanged.class).map(AccountChanged::action).toList();
	}

}
