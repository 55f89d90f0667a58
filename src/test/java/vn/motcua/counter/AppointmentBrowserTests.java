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
import vn.motcua.testing.DemoAccounts;

/**
 * On a 360 px phone, axe checking every page, without signing in: a visitor chooses a sector and the last
 * day offered, then a free slot, gives a name and a phone and gets the appointment's code, the phone shown
 * by its last digits only, and cancels it from the page they were sent to; the desk, signed in, finds it
 * cancelled in that day's list.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AppointmentBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aVisitorBooksAndCancelsAnAppointmentOnAPhoneAndTheDeskListsIt() {
		String day;
		try (Browser visitor = Browser.start(port, 360, 800)) {
			visitor.open("/appointments/new");
			new Select(visitor.driver().findElement(By.id("sectorCode"))).selectByValue(AppointmentFixtures.SECTOR);
			Select days = new Select(visitor.driver().findElement(By.id("day")));
			days.selectByIndex(days.getOptions().size() - 1);
			day = days.getFirstSelectedOption().getAttribute("value");
			visitor.submit(By.cssSelector("form[method=get] button[type=submit]"));
			assertThat(visitor.scrollsHorizontally()).isFalse();

			List<WebElement> free = visitor.driver().findElements(By.cssSelector("input[name=time]:not([disabled])"));
			free.get(0).click();
			visitor.type("name", "Nguyễn Văn An").type("phone", "0905 123 456")
				.submit(By.cssSelector("form[method=post] button[type=submit]"));
			assertThat(visitor.text(By.tagName("main"))).contains("Đã đặt lịch hẹn").contains("*******456")
				.doesNotContain("0905 123 456");
			assertThat(visitor.scrollsHorizontally()).isFalse();

			visitor.submit(By.cssSelector("form[action$='/cancellation'] button[type=submit]"));
			assertThat(visitor.text(By.tagName("main"))).contains("Lịch hẹn đã được hủy.");
		}
		try (Browser desk = Browser.start(port, 360, 800)) {
			desk.signIn("desk", DemoAccounts.PASSWORD).open("/desk/appointments?day=" + day);
			assertThat(desk.text(By.tagName("main"))).contains("Nguyễn Văn An", "0905 123 456", "Đã hủy");
			assertThat(desk.scrollsHorizontally()).as("the list scrolls within its table").isFalse();
		}
	}
}
