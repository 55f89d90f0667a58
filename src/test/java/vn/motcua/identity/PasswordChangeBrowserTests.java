package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.Browser;

/**
 * A citizen on a phone changes their password (a mistake is shown at its field, then the change goes
 * through), and one who forgot it chooses a new one through the link sent to them; an officer signed in with
 * the temporary password their administrator set reads until when it works.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeBrowserTests {

	static final String TEMPORARY = "Cuaso2026x";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OrganizationManagement organization;

	@Test
	void aCitizenChangesTheirPasswordOnAPhone() {
		String idNumber = Citizens.register(accounts, "Võ Thị Lan");
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.signIn(idNumber, Citizens.PASSWORD).open("/home");
			citizen.submit(By.linkText("Đổi mật khẩu"));
			assertThat(citizen.path()).isEqualTo("/account/password");

			citizen.type("currentPassword", Citizens.PASSWORD)
				.type("newPassword", "Mat-khau-moi-2027")
				.type("newPasswordConfirmation", "Mat-khau-moi-2028")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=alert]"))).contains("Hai lần nhập mật khẩu không khớp nhau");
			citizen.assertAccessible();
			assertThat(citizen.scrollsHorizontally()).isFalse();

			citizen.type("currentPassword", Citizens.PASSWORD)
				.type("newPassword", "Mat-khau-moi-2027")
				.type("newPasswordConfirmation", "Mat-khau-moi-2027")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("Đã đổi mật khẩu");
			citizen.assertAccessible();
		}
	}

	@Test
	void anOfficerWithATemporaryPasswordIsToldOnAPhoneUntilWhenItWorks() {
		UUID home = organization.agencyByCode("000.00.31.H55").orElseThrow().id();
		String username = "cb" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
		UUID accountId = accounts.createOfficer(username, "Đỗ Văn Hùng", null, null, TEMPORARY,
				PasswordChosenBy.SOMEONE_ELSE, Set.of(RoleGrant.officer(Role.SPECIALIST, home)));
		String printedExpiry = accounts.temporaryPasswordOf(accounts.findById(accountId).orElseThrow()).printedExpiry();
		try (Browser officer = Browser.start(port, 360, 800)) {
			officer.signIn(username, TEMPORARY).open("/home");
			assertThat(officer.path()).isEqualTo("/account/password");
			assertThat(officer.text(By.id("temporary-password")))
				.contains("Mật khẩu tạm này dùng được đến " + printedExpiry + " (giờ Việt Nam)");
			officer.assertAccessible();
			assertThat(officer.scrollsHorizontally()).isFalse();
		}
	}

	@Test
	void aCitizenWhoForgotTheirPasswordChoosesANewOneThroughTheLinkSentToThem() {
		String idNumber = Citizens.register(accounts, "Võ Văn Nam");
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.open("/login").submit(By.linkText("Quên mật khẩu?"));
			citizen.type("identifier", idNumber).submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("đường dẫn đặt mật khẩu mới đã được gửi");
			citizen.assertAccessible();
			assertThat(citizen.scrollsHorizontally()).isFalse();

			String sms = jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND channel = 'SMS'")
				.param(idNumber).query(String.class).single();
			citizen.open(sms.substring(sms.indexOf("/password-reset/new")));
			citizen.type("newPassword", "Mat-khau-moi-2027")
				.type("newPasswordConfirmation", "Mat-khau-moi-2027")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("Đã đặt mật khẩu mới");
			citizen.assertAccessible();

			citizen.signIn(idNumber, "Mat-khau-moi-2027");
			assertThat(citizen.path()).isEqualTo("/home");
		}
	}
}
