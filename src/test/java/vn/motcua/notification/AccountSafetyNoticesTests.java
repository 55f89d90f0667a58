package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.identity.AccountKind;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordResets;
import vn.motcua.identity.Registration;
import vn.motcua.testing.WebTest;

/**
 * A notice about an account's safety reaches its holder on both channels whatever they chose for their
 * other notices, in the language they chose ({@link NoticeSender#sendOnBothChannels}); a disabled account gets
 * none.
 */
@WebTest
class AccountSafetyNoticesTests {

	@Autowired
	AccountManagement accounts;

	@Autowired
	PasswordResets resets;

	@Autowired
	NotificationManagement notifications;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHolderWhoSwitchedEveryNoticeOffIsStillSentTheLinkOnBothChannelsInTheirLanguage() {
		String idNumber = aCitizen();
		notifications.savePreferences(idOf(idNumber), new NotificationPreferences(false, false, "en"));

		resets.request(idNumber);

		assertThat(jdbc.sql("""
				SELECT channel || ' ' || language || ' ' || body FROM notification_message
				WHERE record_code = ? AND notice = 'PASSWORD_RESET'""").param(idNumber).query(String.class).list())
			.hasSize(2)
			.anySatisfy(sent -> assertThat(sent).startsWith("EMAIL en Dear Lê Thị Hoa,").contains("/password-reset/new?"))
			.anySatisfy(sent -> assertThat(sent).startsWith("SMS en Reset your").contains("/password-reset/new?"));
	}

	@Test
	void aDisabledAccountIsSentNothing() {
		String idNumber = aCitizen();
		UUID accountId = idOf(idNumber);
		accounts.disable(accountId);

		accounts.resetPassword(accountId, "Mat-khau-moi-2027");

		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE record_code = ?").param(idNumber)
			.query(Integer.class).single()).isZero();
	}

	private String aCitizen() {
		String idNumber = "0790" + ThreadLocalRandom.current().nextLong(10_000_000L, 100_000_000L);
		accounts.register(new Registration(AccountKind.CITIZEN, "Lê Thị Hoa", idNumber,
				"09" + ThreadLocalRandom.current().nextInt(10_000_000, 100_000_000), "sn." + idNumber + "@example.vn",
				"Mat-khau-2026"));
		return idNumber;
	}

	private UUID idOf(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}
}
