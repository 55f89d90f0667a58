package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import vn.motcua.testing.TestLayers;

/**
 * The public catalogue in a real browser on a 360 px wide phone screen: a citizen searches without
 * diacritics and opens a procedure, an administrator opens the draft form and sends it empty, and
 * opens a draft being edited; no page scrolls sideways and axe finds no WCAG A/AA violation.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	CatalogManagement catalog;

	@BeforeAll
	static void startBrowser() {
		ChromeOptions options = new ChromeOptions().setBinary(TestLayers.CHROMIUM)
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=360,800");
		browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File(TestLayers.CHROMEDRIVER)).build(), options);
		browser.manage().window().setSize(new Dimension(360, 800));
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aCitizenFindsAProcedureWithoutDiacriticsOnAPhone() {
		browser.get("http://localhost:" + port + "/procedures");
		browser.findElement(By.id("q")).sendKeys("giay phep ban le san pham ruou");
		browser.findElement(By.cssSelector("form[role=search] button")).click();
		assertFitsAndIsAccessible();

		awaitElement(By.linkText("Cấp Giấy phép bán lẻ sản phẩm rượu")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cấp Giấy phép bán lẻ sản phẩm rượu");
		assertThat(browser.findElement(By.linkText("Nộp hồ sơ trực tuyến")).isDisplayed()).isTrue();
		assertFitsAndIsAccessible();
	}

	@Test
	void theAdministratorsDraftFormIsAccessibleAndFitsAPhone() {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("Demo@12345");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		browser.get("http://localhost:" + port + "/admin/catalog/drafts/new");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Thêm thủ tục mới (bản dự thảo)");
		assertFitsAndIsAccessible();

		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		assertThat(awaitElement(By.cssSelector("[role=alert]")).getText()).contains("Cần nhập mã thủ tục");
		assertFitsAndIsAccessible();
	}

	@Test
	void aDraftBeingEditedIsAccessibleAndFitsAPhone() {
		String code = CatalogFixtures.uniqueCode();
		ProcedureVersion draft = catalog.createDraft(code,
				CatalogFixtures.aCompleteProcedure("Thủ tục soạn " + code));
		browser.manage().deleteAllCookies(); // the browser is the class's: start signed out
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("Demo@12345");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		browser.get("http://localhost:" + port + "/admin/catalog/drafts/" + draft.id());
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(code);
		assertFitsAndIsAccessible();
	}

	/** The element once the page the last click asked for shows it: a click does not wait for the new page. */
	private static WebElement awaitElement(By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	private void assertFitsAndIsAccessible() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).as("horizontal scroll at 360 px").isLessThanOrEqualTo(0);
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze(browser);
		assertThat(results.getViolations()).extracting(Rule::getId).isEmpty();
	}
}
