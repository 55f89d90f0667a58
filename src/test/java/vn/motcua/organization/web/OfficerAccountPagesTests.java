package vn.motcua.organization.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountChanged;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators disable, enable and unlock an officer's account and reset its password; each
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
		Agency agency = organization.agencyByCode("000.00.31.H55").orElseThrow();
		Officer self = organization.officerOfAccount(accounts.findByUsername("admin").orElseThrow().id()).orElseThrow();

		MvcTestResult result = action(agency, self, "disable");

		assertThat(result).hasRedirectedUrl(officerPath(agency, self.id()));
		assertThat(stateOf(self)).isEqualTo(AccountState.ACTIVE);
		assertThat(mvc.get().uri(officerPath(agency, self.id())).param("lang", language).with(admin())
			.flashAttrs(result.getMvcResult().getFlashMap()))
			.bodyText()
			.contains(message);
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

	private AccountState stateOf(Officer officer) {
		return accounts.stateOf(accounts.findById(officer.accountId()).orElseThrow());
	}

	private List<String> actionsRecorded() {
		return events.stream(AccountChanged.class).map(AccountChanged::action).toList();
	}

}
