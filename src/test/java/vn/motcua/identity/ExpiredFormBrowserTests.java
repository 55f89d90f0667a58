package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;

/**
 * A citizen on a 360 px phone writes a question without signing in; their session ends before they
 * send it (the browser still holds its cookie). The page says the form expired and shows what they
 * wrote, to copy; its link opens the form again, empty and with a token that is accepted. axe checks
 * every page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExpiredFormBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aQuestionWrittenTooLongIsKeptToCopyAndTheFormOpensAgain() {
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.open("/petitions/new?kind=QUESTION")
				.type("name", "Đặng Thị Hỏi")
				.type("title", "Giấy phép bán lẻ rượu có thời hạn bao lâu?")
				.type("content", "Tôi muốn mở cửa hàng bán lẻ rượu ở Quảng Ngãi.");
			citizen.driver().manage().deleteCookieNamed("JSESSIONID");
			citizen.driver().manage().addCookie(new Cookie("JSESSIONID", "ended"));

			citizen.submit(By.cssSelector("form.form button[type=submit]"));

			assertThat(citizen.text(By.tagName("h1"))).isEqualTo("Biểu mẫu đã hết hạn");
			assertThat(citizen.text(By.cssSelector("[role=alert]"))).contains("chưa có gì được gửi đi");
			assertThat(citizen.driver().findElement(By.xpath("//label[.='Nội dung']/following-sibling::textarea")).getDomProperty("value"))
				.isEqualTo("Tôi muốn mở cửa hàng bán lẻ rượu ở Quảng Ngãi.");
			assertThat(citizen.scrollsHorizontally()).isFalse();

			citizen.submit(By.linkText("Mở lại biểu mẫu"));
			assertThat(citizen.path()).isEqualTo("/petitions/new?kind=QUESTION");
			citizen.type("name", "Đặng Thị Hỏi")
				.type("title", "Giấy phép bán lẻ rượu có thời hạn bao lâu?")
				.type("content", "Tôi muốn mở cửa hàng bán lẻ rượu ở Quảng Ngãi.")
				.type("email", "hoi.dang@example.vn")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("Đã gửi đơn");
		}
	}
}
