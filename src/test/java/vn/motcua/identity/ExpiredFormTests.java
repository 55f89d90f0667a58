package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Through a real server: a form sent with the CSRF token of a session that ended (left open too long,
 * or across a restart) or that does not match the session is refused as before, and nothing is taken;
 * but the visitor gets a page in their language saying the form expired and what to do, with a link
 * back to the form and the text they typed by the form's labels, never the hidden fields nor the
 * token, and not cached. Where the page used to say that their account may not see it. The API keeps
 * its 403 problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExpiredFormTests {

	static final String BOUNDARY = "motcua-boundary";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@ParameterizedTest(name = "in {0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Biểu mẫu đã hết hạn | Phiên làm việc của bạn đã kết thúc | Nội dung bạn đã nhập | Họ và tên | Nội dung
			en | The form has expired | Your session has ended | What you typed | Full name | Content
			""")
	void aPetitionSentAfterTheSessionEndedIsNotTakenAndItsTextIsShownToCopy(String language, String title,
			String sessionEnded, String typedHeading, String nameLabel, String contentLabel) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = token(client, "/petitions/new");
		Integer petitions = jdbc.queryForObject("select count(*) from petition", Integer.class);

		// the session of the token is gone: the browser still sends its cookie, which names nothing now
		HttpResponse<String> answer = HttpClient.newHttpClient().send(petition("/petitions?lang=" + language, token)
			.header("Cookie", "JSESSIONID=ended-" + token.hashCode())
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("no-store"));
		assertThat(answer.body()).contains("lang=\"" + language + "\"").contains(title).contains(sessionEnded)
			.contains("href=\"/petitions/new?kind=QUESTION\"").contains(typedHeading)
			.contains(">" + nameLabel + "</label>").contains("Đặng Thị Hỏi")
			.contains(">" + contentLabel + "</label>").contains("Tôi muốn mở cửa hàng bán lẻ rượu &lt;ở Quảng Ngãi&gt;.")
			// neither the hidden fields nor the token
			.doesNotContain("khoa-gui-lan-dau").doesNotContain(token);
		assertThat(jdbc.queryForObject("select count(*) from petition", Integer.class)).isEqualTo(petitions);
	}

	@Test
	void aTokenThatIsNotTheLiveSessionsSaysToOpenTheFormAgain() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		token(client, "/petitions/new");

		HttpResponse<String> answer = client.send(petition("/petitions", "not-this-sessions-token").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Biểu mẫu đã hết hạn").contains("Hãy mở lại biểu mẫu, điền lại rồi gửi.")
			.doesNotContain("Phiên làm việc của bạn đã kết thúc").contains("Đặng Thị Hỏi");
	}

	/** A citizen signed in, whose session ended while the dossier form was open. */
	@Test
	void aDossierFormSentAfterTheSessionEndedSaysToSignInAgain() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = token(client, "/login");

		HttpRequest.Builder draft = multipart("/dossiers/drafts?lang=en", token, "procedure", "1.001",
				"idempotencyKey", "khoa-gui-lan-dau", "address", "12 Lê Lợi, Quảng Ngãi");
		HttpResponse<String> answer = HttpClient.newHttpClient().send(draft.header("Cookie", "JSESSIONID=ended")
			.header("Referer", "http://localhost:" + port + "/dossiers/new?procedure=1.001").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("The form has expired").contains("Your session has ended")
			.contains("you will be asked to sign in first").contains("href=\"/dossiers/new?procedure=1.001\"")
			.contains("12 Lê Lợi, Quảng Ngãi").doesNotContain("khoa-gui-lan-dau");
	}

	@Test
	void theApiKeepsItsProblemDetail() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		token(client, "/petitions/new");

		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/account"))
			.header("Content-Type", "application/json").header("Accept-Language", "en")
			.PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"status\":403").contains("Your account may not use this function.");
	}

	/** Reached by a link, the page repeats no text from its address. */
	@Test
	void thePageByALinkShowsNoTextOfTheAddress() throws Exception {
		HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
				URI.create("http://localhost:" + port + "/form-expired?content=Goi+so+0900000000")).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("Biểu mẫu đã hết hạn").doesNotContain("<textarea").contains("class=\"button\" href=\"/\"");
	}

	private HttpRequest.Builder petition(String path, String token) {
		return multipart(path, token, "submissionKey", "khoa-gui-lan-dau", "kind", "QUESTION", "name", "Đặng Thị Hỏi",
				"title", "Giấy phép bán lẻ rượu", "content", "Tôi muốn mở cửa hàng bán lẻ rượu <ở Quảng Ngãi>.")
			.header("Referer", "http://localhost:" + port + "/petitions/new?kind=QUESTION");
	}

	/** A form as a browser sends it: the token among its fields, and a file. */
	private HttpRequest.Builder multipart(String path, String token, String... fields) {
		var body = new ByteArrayOutputStream();
		body.writeBytes(part("_csrf", token));
		for (int i = 0; i < fields.length; i += 2) {
			body.writeBytes(part(fields[i], fields[i + 1]));
		}
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private static byte[] part(String name, String value) {
		return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	private String token(HttpClient client, String page) throws Exception {
		HttpResponse<String> form = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		Matcher token = CSRF.matcher(form.body());
		assertThat(token.find()).as("the form's CSRF token").isTrue();
		return token.group(1);
	}
}
