package vn.motcua.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.DemoAccounts;

/**
 * Through a real server, an upload above the servlet's multipart limit (lowered here to 64 KB) gets
 * a 413 problem detail in the caller's language, not the container's bare error page; and a page's
 * form, whose CSRF token is among the fields of the body that is refused, gets the page saying the file
 * is too large and naming the limit the forms state, in the user's language, signed in or not, not a
 * bare 403 (nor the page saying the form expired); an API call of a browser's session, which needs the
 * token too, gets the 413 problem detail as one without a session does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=1MB" })
class UploadLimitTests {

	static final String BOUNDARY = "motcua-boundary";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void anUploadAboveTheServletLimitIsA413ProblemInTheCallersLanguage() throws Exception {
		byte[] large = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 100 * 1024);

		HttpResponse<String> vietnamese = post(large, "vi");
		HttpResponse<String> english = post(large, "en");

		assertThat(vietnamese.statusCode()).isEqualTo(413);
		assertThat(vietnamese.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(vietnamese.body()).contains("vượt quá dung lượng cho phép");
		assertThat(english.statusCode()).isEqualTo(413);
		assertThat(english.body()).contains("larger than allowed");
	}

	@ParameterizedTest(name = "{0} as {1} in {2}")
	@CsvSource(delimiter = '|', textBlock = """
			/petitions       |              | vi | Mỗi tệp không được quá 10 MB
			/petitions       |              | en | Each file may be at most 10 MB
			/dossiers/drafts | 051090000001 | en | Each file may be at most 10 MB
			/dossiers/drafts | 051090000001 | vi | Mỗi tệp không được quá 10 MB
			""")
	void aFormsUploadAboveTheLimitGetsThePageNamingTheLimit(String path, @Nullable String user, String language,
			String limit) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = user == null ? token(client, "/petitions/new") : signIn(client, user);

		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url(path + "?lang=" + language)))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(large(), "_csrf", token)))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("lang=\"" + language + "\"").contains(limit);
	}

	@Test
	void anApiUploadOfABrowsersSessionAboveTheLimitIsA413Problem() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		signIn(client, "051090000001");

		HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/dossiers")))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(large())))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("larger than allowed");
	}

	private static byte[] large() {
		return Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 100 * 1024);
	}

	/** Signs in with the form, as a browser does, and returns the token of the new session. */
	private String signIn(HttpClient client, String user) throws Exception {
		String token = token(client, "/login");
		String form = "username=" + user + "&password=" + URLEncoder.encode(DemoAccounts.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		return token(client, "/petitions/new");
	}

	private String token(HttpClient client, String page) throws Exception {
		Matcher token = CSRF.matcher(client.send(HttpRequest.newBuilder(URI.create(url(page))).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
		assertThat(token.find()).as("the form's CSRF token").isTrue();
		return token.group(1);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private HttpResponse<String> post(byte[] file, String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verifications"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(file)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The file, after the fields given as name, value, name, value (a page's form sends its token so). */
	private static byte[] multipart(byte[] file, String... fields) {
		var body = new ByteArrayOutputStream();
		try {
			for (int i = 0; i < fields.length; i += 2) {
				body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
						+ fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
					+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			body.write(file);
			body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return body.toByteArray();
	}
}
