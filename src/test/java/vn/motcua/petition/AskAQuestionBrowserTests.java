package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * A citizen on a 360 px phone asks a question without signing in (first forgetting the contact,
 * and is told so), gets a code; the leader finds it in the queue by its code, answers it and
 * publishes it; the answer appears on the public questions and answers page, found without
 * diacritics. axe checks every page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AskAQuestionBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aCitizenAsksAnOfficerAnswersAndPublishesAndTheAnswerIsPublic() {
		String code;
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.open("/petitions/new?kind=QUESTION")
				.type("name", "Đặng Thị Hỏi")
				.type("title", "Giấy phép bán lẻ rượu có thời hạn bao lâu?")
				.type("content", "Tôi muốn mở cửa hàng bán lẻ rượu ở Quảng Ngãi.")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=alert]"))).contains("số điện thoại hoặc thư điện tử");
			citizen.type("email", "hoi.dang@example.vn").submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("Đã gửi đơn");
			code = citizen.text(By.cssSelector(".card h2"));
			assertThat(citizen.scrollsHorizontally()).isFalse();
		}
		try (Browser leader = Browser.start(port, 1280, 900)) {
			leader.signIn("leader", DemoAccounts.PASSWORD);
			// the queue lists the soonest due first: a question sent just now is found by its code
			leader.open("/work/petitions").type("q", code).submit(By.cssSelector("form[role=search] button"));
			assertThat(leader.text(By.cssSelector("[role=status]"))).startsWith("1 đơn đang chờ xử lý khớp");
			leader.submit(By.linkText(code));
			assertThat(leader.text(By.tagName("main"))).contains("Đặng Thị Hỏi").contains("hoi.dang@example.vn");
			leader.submit(By.cssSelector("form[action$='/acceptance'] button"));
			assertThat(leader.text(By.cssSelector("[role=status]"))).isEqualTo("Đã thụ lý đơn.");
			leader.type("answer-text", "Giấy phép bán lẻ rượu có thời hạn 5 năm.");
			leader.driver().findElement(By.id("publish")).click();
			leader.submit(By.cssSelector("form[action$='/answer'] button"));
			assertThat(leader.text(By.cssSelector("[role=status]"))).isEqualTo("Đã trả lời.");
		}
		try (Browser anyone = Browser.start(port, 360, 800)) {
			anyone.open("/qa").type("q", "giay phep ban le ruou").submit(By.cssSelector("form.search-form button"));
			assertThat(anyone.text(By.tagName("main"))).contains("Giấy phép bán lẻ rượu có thời hạn bao lâu?")
				.contains("Giấy phép bán lẻ rượu có thời hạn 5 năm.").doesNotContain("Đặng Thị Hỏi");
			anyone.open("/reception");
		}
	}
}
