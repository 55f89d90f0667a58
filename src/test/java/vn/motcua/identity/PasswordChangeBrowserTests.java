package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.testing.Browser;

/**
 * A citizen on a phone changes their password (a mistake is shown at its field, then the change goes
 * through), and one who forgot it chooses a new one through the link sent to them.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

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
