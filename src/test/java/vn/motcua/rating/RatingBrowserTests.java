package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.ReturnedDossiers;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * In the browser. The citizen rates their returned dossier from its page on a phone. At 1024×768 as on a tablet: the desk officer opens the kiosk on the tablet (and is
 * signed out of it), opens a service from their own computer, the walk-in applicant rates with a big
 * button, and the kiosk thanks them and resets itself to wait for the next service.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RatingBrowserTests {

	static final By VERY_SATISFIED = By.xpath("//button[normalize-space()='Rất hài lòng']");

	@LocalServerPort
	int port;

	@Autowired
	RatingRepository ratings;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Test
	void theDeskOpensAServiceTheApplicantRatesWithABigButtonAndTheKioskResets() {
		String counter = "Quầy " + UUID.randomUUID().toString().substring(0, 6);
		try (Browser tablet = Browser.start(port, 1024, 768); Browser desk = Browser.start(port, 1280, 900)) {
			tablet.signIn("desk", DemoAccounts.PASSWORD).open("/desk/kiosks").type("counterName", counter)
				.submit(By.cssSelector("#open-kiosk button"));
			assertThat(tablet.path()).isEqualTo("/kiosk");
			assertThat(tablet.text(By.tagName("h1"))).isEqualTo("Xin chào ông/bà");
			assertThat(tablet.driver().findElements(VERY_SATISFIED)).isEmpty();
			assertThat(tablet.driver().manage().getCookieNamed("motcua-kiosk")).isNotNull();
			tablet.open("/home");
			assertThat(tablet.path()).as("the tablet no longer holds the officer's session").isEqualTo("/login");
			tablet.open("/kiosk");

			desk.signIn("desk", DemoAccounts.PASSWORD).open("/desk/kiosks")
				.submit(By.xpath("//li[h3[contains(., '" + counter + "')]]//form[contains(@action, '/services')]//button"));
			assertThat(desk.text(By.tagName("main"))).contains("Đã mở lượt đánh giá");

			WebDriverWait wait = new WebDriverWait(tablet.driver(), Duration.ofSeconds(20));
			WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(VERY_SATISFIED));
			tablet.assertAccessible();
			assertThat(button.getSize().getHeight()).as("a button big enough for any hand").isGreaterThanOrEqualTo(100);
			assertThat(tablet.driver().findElements(By.cssSelector("button.kiosk-button"))).hasSize(4);

			tablet.submit(VERY_SATISFIED);
			assertThat(tablet.text(By.tagName("h1"))).isEqualTo("Cảm ơn ông/bà đã đánh giá");

			wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Xin chào ông/bà"));
			tablet.assertAccessible();
			assertThat(tablet.path()).isEqualTo("/kiosk");
			assertThat(tablet.driver().findElements(VERY_SATISFIED)).as("no second rating without a new service").isEmpty();
		}
		assertThat(ratings.findAll()).filteredOn(rating -> counter.equals(rating.counterName())).singleElement()
			.satisfies(rating -> {
				assertThat(rating.levelCode()).isEqualTo("VERY_SATISFIED");
				assertThat(rating.source()).isEqualTo(RatingSource.KIOSK);
				assertThat(rating.officers()).extracting(RatedOfficer::username).containsExactly("desk");
			});
	}

	@Test
	void theCitizenRatesTheirReturnedDossierFromItsPageOnAPhone() {
		String code = new ReturnedDossiers(mvc, intake, accounts).returned(DemoAccounts.CITIZEN);
		try (Browser phone = Browser.start(port, 360, 800)) {
			phone.signIn(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD).open("/my/dossiers/" + code)
				.submit(By.linkText("Đánh giá mức độ hài lòng"));
			assertThat(phone.path()).isEqualTo("/my/dossiers/" + code + "/rating");
			phone.driver().findElement(By.xpath("//label[normalize-space()='Hài lòng']")).click();
			phone.type("comment", "Cán bộ hướng dẫn rõ ràng");
			phone.submit(By.cssSelector("main form button[type=submit]"));
			assertThat(phone.text(By.tagName("main"))).contains("Đã ghi nhận đánh giá").contains("Hài lòng")
				.contains("Cán bộ hướng dẫn rõ ràng");
			assertThat(phone.scrollsHorizontally()).isFalse();
		}
		assertThat(ratings.findAll()).filteredOn(rating -> code.equals(rating.dossierCode())).singleElement()
			.satisfies(rating -> assertThat(rating.levelCode()).isEqualTo("SATISFIED"));
	}
}
