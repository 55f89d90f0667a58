package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;

/**
 * On a 360 px phone, axe checking every page, without signing in: a visitor chooses a sector and the last
 * day offered, then a free slot, gives a name and a phone and gets the appointment's code, the phone shown
 * by its last digits only.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aVisitorBooksAnAppointmentOnAPhone() {
		try (Browser visitor = Browser.start(port, 360, 800)) {
			visitor.open("/appointments/new");
			new Select(visitor.driver().findElement(By.id("sectorCode"))).selectByValue(AppointmentFixtures.SECTOR);
			Select days = new Select(visitor.driver().findElement(By.id("day")));
			days.selectByIndex(days.getOptions().size() - 1);
			visitor.submit(By.cssSelector("form[method=get] button[type=submit]"));
			assertThat(visitor.scrollsHorizontally()).isFalse();

			List<WebElement> free = visitor.driver().findElements(By.cssSelector("input[name=time]:not([disabled])"));
			free.get(0).click();
			visitor.type("name", "Nguyễn Văn An").type("phone", "0905 123 456")
				.submit(By.cssSelector("form[method=post] button[type=submit]"));
			assertThat(visitor.text(By.tagName("main"))).contains("Đã đặt lịch hẹn").contains("*******456")
				.doesNotContain("0905 123 456");
			assertThat(visitor.scrollsHorizontally()).isFalse();
		}
	}
}
