package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * The applicant's notice settings on a 360 px phone: each channel's checkbox was a bar stretched
 * across the form above its label (a class without a rule); it is a box of at least 24 px (WCAG 2.2
 * target size) with its label beside it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotificationSettingsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void eachChannelIsACheckboxBesideItsLabelOnAPhone() {
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.signIn(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD).open("/my/notifications");
			for (String channel : new String[] { "email", "sms" }) {
				Rectangle box = citizen.driver().findElement(By.id(channel)).getRect();
				Rectangle label = citizen.driver().findElement(By.cssSelector("label[for=" + channel + "]")).getRect();
				assertThat(box.getWidth()).as("%s checkbox's width", channel).isBetween(24, 48);
				assertThat(box.getHeight()).as("%s checkbox's height", channel).isBetween(24, 48);
				assertThat(label.getX()).as("%s label beside its checkbox", channel)
					.isGreaterThanOrEqualTo(box.getX() + box.getWidth());
				assertThat(label.getY()).as("%s label on the checkbox's line", channel)
					.isLessThan(box.getY() + box.getHeight());
			}
			assertThat(citizen.scrollsHorizontally()).isFalse();
		}
	}
}
