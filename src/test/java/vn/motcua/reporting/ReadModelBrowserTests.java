package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * The administrator, on a 360 px phone, goes from the home page to the report data page and starts a
 * rebuild; axe checks every page, and nothing scrolls sideways.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void theAdministratorStartsARebuildFromTheHomePage() {
		try (Browser admin = Browser.start(port, 360, 800)) {
			admin.signIn("admin", DemoAccounts.PASSWORD).submit(By.linkText("Dựng lại dữ liệu báo cáo"));
			assertThat(admin.path()).isEqualTo("/admin/reports/read-model");
			admin.submit(By.cssSelector("form[action$='/rebuild'] button"));
			assertThat(admin.text(By.cssSelector("[role=status]"))).isEqualTo("Đã bắt đầu dựng lại dữ liệu báo cáo.");
			assertThat(admin.text(By.id("rebuild-progress"))).contains("admin");
			assertThat(admin.scrollsHorizontally()).as("sideways scrolling at 360 px").isFalse();
		}
	}
}
