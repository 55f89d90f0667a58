package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestFiles;

/**
 * In the browser: a specialist finds the dossier in the queue, attaches the result and forwards it; the
 * leader approves and signs; the citizen sees "Đã trả kết quả" and downloads the signed result. The
 * steps in between go through the API, as other officers' tools would. And a unit head's less frequent
 * action, folded on the dossier's page, on a phone.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProcessingBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Test
	void fromTheSpecialistsQueueToTheCitizensSignedResult() throws Exception {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission("1.013393.000.00.00.H55", "Quảng Ngãi",
				ResultDelivery.ONLINE, null, null, List.of(new UploadedFile(0, "don.pdf", SubmissionFiles.pdf())))).code();
		api("desk", "/api/v1/desk/dossiers/" + code + "/acceptance");
		api("desk", "/api/v1/work/dossiers/" + code + "/forward");
		api("unithead", "/api/v1/work/dossiers/" + code + "/forward");

		try (Browser specialist = Browser.start(port, 1280, 900)) {
			specialist.signIn("specialist", DemoAccounts.PASSWORD).open("/work/queue?q=" + code).submit(By.linkText(code));
			specialist.driver().findElement(By.id("result-file")).sendKeys(draftResult());
			specialist.submit(By.cssSelector("form[action$='/result'] button"));
			assertThat(specialist.text(By.tagName("main"))).contains("Đã có dự thảo kết quả, chờ ký số.");
			specialist.submit(By.cssSelector("form[action$='/forward'] button"));
			assertThat(specialist.path()).isEqualTo("/work/queue");
		}
		api("unithead", "/api/v1/work/dossiers/" + code + "/forward");
		try (Browser leader = Browser.start(port, 1280, 900)) {
			leader.signIn("leader", DemoAccounts.PASSWORD).open("/work/queue?q=" + code).submit(By.linkText(code));
			leader.submit(By.cssSelector("form[action$='/signature'] button"));
			assertThat(leader.text(By.tagName("main"))).contains("Kết quả đã được ký số.");
			leader.submit(By.cssSelector("form[action$='/forward'] button"));
		}
		api("records", "/api/v1/work/dossiers/" + code + "/forward");
		apiJson("desk", "/api/v1/work/dossiers/" + code + "/return", "{\"reason\":\"Trả trực tuyến\"}");

		try (Browser browser = Browser.start(port, 360, 800)) {
			browser.signIn(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD).open("/my/dossiers/" + code);
			assertThat(browser.text(By.tagName("main"))).contains("Đã trả kết quả");
			String href = browser.driver().findElement(By.linkText("Tải kết quả đã ký số (PDF)")).getAttribute("href");
			String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
			HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
				.header("Cookie", "JSESSIONID=" + cookie).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(pdf.statusCode()).isEqualTo(200);
			assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
			assertThat(new String(pdf.body(), StandardCharsets.ISO_8859_1)).contains("ETSI.CAdES.detached");
		}
	}

	/**
	 * On a phone, the unit head opens a folded action on the dossier's page, asks for more documents,
	 * and the page (accessible, no sideways scrolling) offers the request slip to print.
	 */
	@Test
	void aUnitHeadAsksForMoreDocumentsFromTheDossiersPageOnAPhone() throws Exception {
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, new OnlineSubmission("1.013393.000.00.00.H55", "Quảng Ngãi",
				ResultDelivery.ONLINE, null, null, List.of(new UploadedFile(0, "don.pdf", SubmissionFiles.pdf())))).code();
		api("desk", "/api/v1/desk/dossiers/" + code + "/acceptance");
		api("desk", "/api/v1/work/dossiers/" + code + "/forward");

		try (Browser unitHead = Browser.start(port, 360, 800)) {
			unitHead.signIn("unithead", DemoAccounts.PASSWORD).open("/work/dossiers/" + code);
			assertThat(unitHead.scrollsHorizontally()).isFalse();
			assertThat(unitHead.driver().findElement(By.id("missingItems")).isDisplayed()).as("folded").isFalse();
			unitHead.driver().findElement(By.xpath("//summary[contains(., 'Yêu cầu bổ sung')]")).click();
			unitHead.type("missingItems", "Bản sao Giấy chứng nhận đăng ký doanh nghiệp");
			unitHead.submit(By.cssSelector("form[action$='/supplement-request'] button"));
			assertThat(unitHead.path()).isEqualTo("/work/dossiers/" + code);
			assertThat(unitHead.text(By.tagName("main"))).contains("Đã gửi yêu cầu bổ sung hồ sơ")
				.contains("Tải Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (PDF)");
			assertThat(unitHead.scrollsHorizontally()).isFalse();
		}
	}

	private void api(String officer, String path) throws Exception {
		apiJson(officer, path, "{}");
	}

	private void apiJson(String officer, String path, String json) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((officer + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", officer, path, response.body()).isEqualTo(200);
	}

	private static String draftResult() throws IOException {
		Path file = Files.createTempDirectory("result").resolve("du-thao-ket-qua.pdf");
		Files.write(file, TestFiles.onePagePdf());
		return file.toAbsolutePath().toString();
	}
}
