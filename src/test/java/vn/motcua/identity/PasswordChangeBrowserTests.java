package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;

/** A citizen on a phone changes their password: a mistake is shown at its field, then the change goes through. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PasswordChangeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Test
	void aCitizenChangesTheirPasswordOnAPhone() {
		String idNumber = RegistrationTests.randomDigits(12);
		accounts.register(new Registration(AccountKind.CITIZEN, "Võ Thị Lan", idNumber,
				"09" + RegistrationTests.randomDigits(8), "lan." + idNumber + "@example.vn", "Mat-khau-2026"));
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.signIn(idNumber, "Mat-khau-2026").open("/home");
			citizen.submit(By.linkText("Đổi mật khẩu"));
			assertThat(citizen.path()).isEqualTo("/account/password");

			citizen.type("currentPassword", "Mat-khau-2026")
				.type("newPassword", "Mat-khau-moi-2027")
				.type("newPasswordConfirmation", "Mat-khau-moi-2028")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=alert]"))).contains("Hai lần nhập mật khẩu không khớp nhau");
			citizen.assertAccessible();
			assertThat(citizen.scrollsHorizontally()).isFalse();

			citizen.type("currentPassword", "Mat-khau-2026")
				.type("newPassword", "Mat-khau-moi-2027")
				.type("newPasswordConfirmation", "Mat-khau-moi-2027")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("Đã đổi mật khẩu");
			citizen.assertAccessible();
		}
	}
}
