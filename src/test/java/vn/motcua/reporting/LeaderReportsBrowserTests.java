package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * The leader on a 360 px phone goes from the dashboard of late dossiers to Biểu 06 and from a figure
 * to the dossiers behind it, whose count is the figure's; anyone reads the public dashboard on a
 * phone. axe checks every page.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeaderReportsBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void fromTheDashboardToAFiguresDossiers() {
		try (Browser leader = Browser.start(port, 360, 800)) {
			leader.signIn("leader", DemoAccounts.PASSWORD).open("/reports/management");
			assertThat(leader.text(By.tagName("h1"))).isEqualTo("Theo dõi, điều hành giải quyết hồ sơ");
			assertThat(leader.scrollsHorizontally()).as("sideways scrolling at 360 px").isFalse();

			leader.submit(By.linkText("Báo cáo Biểu 06"));
			// the last "received" figure is the total's row
			List<WebElement> received = leader.driver()
				.findElements(By.cssSelector("a[href*='/reports/procedure-handling/cell?'][href*='cell=RECEIVED']"));
			WebElement total = received.get(received.size() - 1);
			String figure = total.getText();
			leader.open(total.getDomAttribute("href"));
			assertThat(leader.text(By.cssSelector("[role=status]"))).isEqualTo("Số hồ sơ: " + figure);
			assertThat(leader.scrollsHorizontally()).as("sideways scrolling at 360 px").isFalse();
		}
	}

	@Test
	void thePublicDashboardOnAPhone() {
		try (Browser anyone = Browser.start(port, 360, 800)) {
			anyone.open("/transparency");
			assertThat(anyone.driver().findElements(By.cssSelector("[role=region] table"))).isNotEmpty();
			assertThat(anyone.scrollsHorizontally()).as("sideways scrolling at 360 px").isFalse();
		}
	}
}
