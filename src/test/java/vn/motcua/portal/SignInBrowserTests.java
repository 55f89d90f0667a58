package vn.motcua.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.identity.Role;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/** In headless Chromium at phone width, every demo role signs in and lands on its own home page. */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@EnumSource(Role.class)
	void eachRoleSignsInAndLandsOnItsHomePage(Role role) {
		try (Browser browser = Browser.start(port, 360, 800)) {
			browser.signIn(DemoAccounts.BY_ROLE.get(role), DemoAccounts.PASSWORD);

			assertThat(browser.path()).isEqualTo("/home");
			if (role == Role.APPLICANT) {
				assertThat(browser.text(By.tagName("h1"))).isEqualTo("Xin chào, Nguyễn Văn An");
			}
			else {
				assertThat(browser.driver().findElements(By.cssSelector("[data-role=" + role + "]"))).hasSize(1);
			}
			assertThat(browser.scrollsHorizontally()).as("sideways scrolling at 360 px").isFalse();
		}
	}

	@Test
	void theLanguageSwitchTurnsThePageIntoEnglishAndBack() {
		try (Browser browser = Browser.start(port, 360, 800)) {
			browser.open("/login");
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Đăng nhập");
			browser.submit(By.cssSelector("a[hreflang=en]"));
			assertThat(browser.text(By.tagName("h1"))).isEqualTo("Sign in");
			browser.open("/");
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
			browser.submit(By.cssSelector("a[hreflang=vi]"));
			assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
		}
	}

	@Test
	void aWrongPasswordShowsAnAccessibleMessage() {
		try (Browser browser = Browser.start(port, 360, 800)) {
			browser.open("/login").type("username", "desk").type("password", "wrong-password-1")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(browser.text(By.cssSelector("[role=alert]"))).contains("Tên đăng nhập hoặc mật khẩu không đúng");
		}
	}
}
