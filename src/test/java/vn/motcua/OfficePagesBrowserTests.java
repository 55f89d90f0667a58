package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * The officers' and administrators' pages that no journey's browser test walks, on a 360 px phone:
 * axe finds no serious or critical violation (checked on every page opened) and the page itself never
 * scrolls sideways (wide tables scroll within their own region).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficePagesBrowserTests {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
		"admin; /admin/audit /admin/calendar/overrides /admin/catalog /admin/catalog/drafts"
				+ " /admin/catalog/drafts/new /admin/notifications/messages /admin/notifications/templates"
				+ " /admin/reception /admin/reception/000.00.31.H55",
		"desk; /desk/register /work/reception /desk/dossiers/new?procedure=1.013043.000.00.00.H55",
		"leader; /reports/procedure-handling /reports/satisfaction /reports/service-index" })
	void theirPagesOnAPhone(String username, String paths) {
		try (Browser officer = Browser.start(port, 360, 800)) {
			officer.signIn(username, DemoAccounts.PASSWORD);
			for (String path : paths.split(" ")) {
				officer.open(path);
				assertThat(officer.path()).isEqualTo(path);
				assertThat(officer.scrollsHorizontally()).as("%s scrolls sideways at 360 px", path).isFalse();
			}
		}
	}

	@Test
	void anAgencyItsUnitsOfficersAndANoticesTemplateOnAPhone() {
		try (Browser admin = Browser.start(port, 360, 800)) {
			admin.signIn("admin", DemoAccounts.PASSWORD).open("/admin/agencies");
			String agency = firstLink(admin, "table a[href^='/admin/agencies/']");
			admin.open(agency);
			String officers = firstLink(admin, "a[href$='/officers']");
			String unit = firstLink(admin, "a[href*='/units/']");
			admin.open(officers);
			List<String> pages = List.of(agency, officers, unit, firstLink(admin, "table a[href*='/officers/']"),
					firstLink(admin, "a[href$='/officers/new']"));
			for (String page : pages) {
				admin.open(page);
				assertThat(admin.scrollsHorizontally()).as("%s scrolls sideways at 360 px", page).isFalse();
			}
			admin.open("/admin/notifications/templates");
			admin.open(firstLink(admin, "table a[href^='/admin/notifications/templates/']"));
			assertThat(admin.scrollsHorizontally()).as("a template scrolls sideways at 360 px").isFalse();
		}
	}

	private static String firstLink(Browser browser, String selector) {
		List<WebElement> links = browser.driver().findElements(By.cssSelector(selector));
		assertThat(links).as("on %s: %s", browser.path(), selector).isNotEmpty();
		return links.get(0).getDomAttribute("href");
	}
}
