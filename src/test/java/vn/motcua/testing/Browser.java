package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, for the browser layer of the suite. Every page a
 * test visits through {@link #open} or after a {@link #submit} is checked with axe-core: no
 * serious or critical accessibility violation is allowed.
 */
public final class Browser implements AutoCloseable {

	private final ChromeDriver driver;
	private final String baseUrl;
	private final WebDriverWait wait;

	private Browser(ChromeDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	/** A fresh browser (no cookies) with a window of the given width, as on a phone at 360. */
	public static Browser start(int port, int width, int height) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(TestLayers.CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=vi", "--window-size=" + width + "," + height);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new java.io.File(TestLayers.CHROMEDRIVER))
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(width, height));
		return new Browser(driver, "http://localhost:" + port);
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser open(String path) {
		driver.get(baseUrl + path);
		assertAccessible();
		return this;
	}

	public Browser type(String id, String text) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/** Clicks a submit button and waits for the next page, then checks it. */
	public Browser submit(By button) {
		WebElement old = driver.findElement(By.tagName("html"));
		driver.findElement(button).click();
		wait.until(replaced(old));
		assertAccessible();
		return this;
	}

	/**
	 * Whether the page holding {@code old} has been replaced. Selenium's own staleness check asks the
	 * element whether it is enabled and counts only a stale-element answer; while the next document
	 * loads, chromedriver sometimes answers "Node with given id does not belong to the document"
	 * as an unknown error instead (SeleniumHQ/selenium#15401), which means the same thing.
	 */
	private static ExpectedCondition<Boolean> replaced(WebElement old) {
		return driver -> {
			try {
				old.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException gone) {
				return true;
			}
			catch (WebDriverException error) {
				if (String.valueOf(error.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw error;
			}
		};
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	public String text(By locator) {
		return driver.findElement(locator).getText();
	}

	/** Signs in through the sign-in form as a user would. */
	public Browser signIn(String username, String password) {
		open("/login");
		type("username", username);
		type("password", password);
		return submit(By.cssSelector("form.form button[type=submit]"));
	}

	/** No serious or critical violation of WCAG 2.x A/AA rules on the current page. */
	public void assertAccessible() {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
			.analyze(driver);
		List<Rule> serious = results.getViolations().stream()
			.filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
			.toList();
		assertThat(serious).as("axe-core violations on %s:%n%s", path(), describe(serious)).isEmpty();
	}

	/** Whether the page scrolls sideways: content wider than the window breaks a phone layout. */
	public boolean scrollsHorizontally() {
		Object overflow = driver.executeScript(
				"return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		return Boolean.TRUE.equals(overflow);
	}

	private static String describe(List<Rule> rules) {
		return rules.stream()
			.map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

	@Override
	public void close() {
		driver.quit();
	}
}
