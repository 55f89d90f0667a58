package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.Browser;
import vn.motcua.testing.DemoAccounts;

/**
 * A first-time user on a 360 px phone: registers, finds a procedure typing without diacritics,
 * submits it online with two files and gets the code; the desk then receives the dossier, and the
 * receipt slip's text holds the code, the applicant's name with its diacritics and the appointment.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubmitOnlineBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aNewUserSubmitsOnlineAndTheDeskReceivesTheDossier() throws IOException {
		String idNumber = RegistrationNumbers.citizenId();
		String code;
		try (Browser citizen = Browser.start(port, 360, 800)) {
			citizen.open("/register")
				.type("fullName", "Hoàng Thị Lựu")
				.type("idNumber", idNumber)
				.type("phone", "09" + idNumber.substring(4))
				.type("email", "luu." + idNumber + "@example.vn")
				.type("password", "Mat-khau-2026")
				.type("passwordConfirmation", "Mat-khau-2026")
				.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.path()).isEqualTo("/login?registered");
			citizen.signIn(idNumber, "Mat-khau-2026");

			citizen.open("/procedures").type("q", "cap lai giay chung nhan an toan thuc pham")
				.submit(By.cssSelector("form.search-form button[type=submit]"));
			citizen.submit(By.linkText("Cấp lại Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do Sở Công Thương thực hiện"));
			citizen.submit(By.linkText("Nộp hồ sơ trực tuyến"));

			citizen.type("address", "25 Lê Lợi, phường Cẩm Thành, Quảng Ngãi");
			citizen.driver().findElement(By.id("document-0")).sendKeys(file("don-de-nghi.pdf", SubmissionFiles.pdf()));
			citizen.driver().findElement(By.id("document-1")).sendKeys(file("giay-chung-nhan-cu.png", SubmissionFiles.png()));
			citizen.submit(By.cssSelector("form.form button[type=submit]"));
			assertThat(citizen.text(By.tagName("h1"))).isEqualTo("Xem lại hồ sơ trước khi nộp");
			assertThat(citizen.text(By.tagName("main"))).contains("don-de-nghi.pdf").contains("giay-chung-nhan-cu.png");
			citizen.submit(By.cssSelector("form[action$='/submission'] button"));

			assertThat(citizen.path()).startsWith("/my/dossiers/000.00.31.H55-");
			assertThat(citizen.text(By.cssSelector("[role=status]"))).contains("Đã nộp hồ sơ");
			code = citizen.path().substring("/my/dossiers/".length(), citizen.path().indexOf('?'));
			assertThat(citizen.scrollsHorizontally()).isFalse();
		}
		try (Browser desk = Browser.start(port, 1280, 900)) {
			desk.signIn("desk", DemoAccounts.PASSWORD);
			desk.open("/desk/dossiers").type("q", code).submit(By.cssSelector("form[role=search] button"));
			desk.submit(By.linkText(code));
			assertThat(desk.text(By.tagName("main"))).contains("Hoàng Thị Lựu").contains("Mới đăng ký");
			desk.submit(By.cssSelector("form[action$='/acceptance'] button"));
			assertThat(desk.text(By.cssSelector("[role=status]"))).isEqualTo("Đã tiếp nhận hồ sơ.");
			assertThat(desk.text(By.tagName("main"))).contains("Đã tiếp nhận").contains("Hẹn trả kết quả");
			String appointment = desk.driver().findElement(By.xpath("//dt[.='Hẹn trả kết quả']/following-sibling::dd[1]"))
				.getText();

			String slip = DossierSlipsTests.text(download(desk, "/desk/dossiers/" + code + "/slips/receipt"));
			assertThat(slip).contains(code).contains("Hoàng Thị Lựu")
				.contains(appointment.substring(0, 2) + " giờ " + appointment.substring(3, 5) + " phút, ngày "
						+ appointment.substring(6));
		}
	}

	/** Fetches a file as the signed-in browser would, with its session cookie. */
	private byte[] download(Browser browser, String path) throws IOException {
		String cookie = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + path)).header("Cookie", "JSESSIONID=" + cookie).build();
		try {
			java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
				.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).isEqualTo(200);
			return response.body();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	private static String file(String name, byte[] content) throws IOException {
		Path directory = Files.createTempDirectory("upload");
		Path file = directory.resolve(name);
		Files.write(file, content);
		return file.toAbsolutePath().toString();
	}

	/** A random, well-formed citizen ID (12 digits) for a new account. */
	static final class RegistrationNumbers {

		static String citizenId() {
			StringBuilder digits = new StringBuilder("0");
			java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
			for (int i = 1; i < 12; i++) {
				digits.append(random.nextInt(10));
			}
			return digits.toString();
		}
	}
}
