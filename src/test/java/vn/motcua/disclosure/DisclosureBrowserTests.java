package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * On a 360 px phone, axe checking every page: a visitor filters the public list by category, opens a
 * publication and finds its file; an officer opens a staff publication from the officers' list and
 * confirms reading it.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureBrowserTests {

	@LocalServerPort
	int port;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Clock clock;

	@Test
	void aVisitorFindsAPublicationByItsCategoryOnAPhone() {
		String title = "Dự toán ngân sách " + UUID.randomUUID();
		DisclosureFixtures.published(disclosures, accounts, DisclosureFixtures.aPublicBudget(clock, title));
		try (Browser visitor = Browser.start(port, 360, 800)) {
			visitor.open("/disclosures");
			new Select(visitor.driver().findElement(By.id("category")))
				.selectByValue("BUDGET");
			visitor.submit(By.cssSelector("form[role=search] button[type=submit]")).submit(By.linkText(title));
			assertThat(visitor.text(By.tagName("main"))).contains("Dự toán, quyết toán").contains("du-toan.pdf")
				.contains("Đang công khai");
			assertThat(visitor.scrollsHorizontally()).isFalse();
		}
	}

	@Test
	void anOfficerConfirmsReadingAStaffPublicationOnAPhone() {
		String title = "Kế hoạch đào tạo " + UUID.randomUUID();
		DisclosureFixtures.published(disclosures, accounts, DisclosureFixtures.aStaffTraining(clock, title));
		try (Browser officer = Browser.start(port, 360, 800)) {
			officer.signIn("records", DemoAccounts.PASSWORD).open("/work/disclosures").submit(By.linkText(title))
				.submit(By.cssSelector("form[action$='/reading'] button"));
			assertThat(officer.text(By.tagName("main"))).contains("Đã xác nhận đã xem.")
				.contains("Bạn đã xác nhận đã xem thông tin này.");
			assertThat(officer.scrollsHorizontally()).isFalse();
		}
	}
}
