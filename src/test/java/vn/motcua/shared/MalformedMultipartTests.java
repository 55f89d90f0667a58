package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.testing.DemoAccounts;

/**
 * Through a real server (MockMvc hands the handler parts already parsed, so it cannot show this): a
 * multipart request cut off in the middle of a file, or without the boundary between its parts, is
 * the caller's mistake, answered 400 in the caller's language (a problem detail under /api/v1, the
 * error page for a page) where the container answered 500 with a stack trace in the log. The request
 * fails before any controller is chosen, so every form that takes files fails alike; each is asked, as
 * someone allowed to send it, to show that none reads the body in its own way first. A body with no
 * boundary in it at all is read as a form without parts, which the handler refuses as such.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class MalformedMultipartTests {

	private static final String BOUNDARY = "motcua-boundary";
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} {1} as {2} in {3}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/dossiers                           | cut-off     | 051090000001 | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/api/v1/dossiers                           | no-boundary | 051090000001 | en | the request is not valid multipart/form-data
			/api/v1/petitions                          | cut-off     |              | en | the request is not valid multipart/form-data
			/api/v1/petitions                          | no-boundary |              | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/api/v1/verifications                      | cut-off     |              | en | the request is not valid multipart/form-data
			/api/v1/work/dossiers/KHONG-CO/result      | cut-off     | specialist   | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/api/v1/dossiers                           | garbage     | 051090000001 | en | Missing required part of the form: dossier.
			""")
	void theApiAnswersAProblemDetail(String path, String body, @Nullable String user, String language, String detail,
			CapturedOutput log) throws Exception {
		HttpResponse<String> answer = send(HttpClient.newHttpClient(), request(path, user, null, body)
			.header("Accept-Language", language));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(answer.body()).contains(detail);
		assertThat(log.getAll()).doesNotContain("Servlet.service()").doesNotContain("MultipartException");
	}

	@ParameterizedTest(name = "{0} {1} as {2} in {3}")
	@CsvSource(delimiter = '|', textBlock = """
			/petitions                          | cut-off     |              | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/petitions                          | no-boundary |              | en | the request is not valid multipart/form-data
			/dossiers/drafts                    | cut-off     | 051090000001 | en | the request is not valid multipart/form-data
			/my/dossiers/KHONG-CO/completion    | no-boundary | 051090000001 | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/desk/dossiers                      | cut-off     | desk         | en | the request is not valid multipart/form-data
			/desk/dossiers/KHONG-CO/supplement  | cut-off     | desk         | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/work/dossiers/KHONG-CO/result      | no-boundary | specialist   | en | the request is not valid multipart/form-data
			/work/petitions                     | cut-off     | leader       | en | the request is not valid multipart/form-data
			/work/consultations                 | cut-off     | specialist   | vi | nội dung gửi lên không phải dữ liệu multipart/form-data hợp lệ
			/verify                             | cut-off     |              | en | the request is not valid multipart/form-data
			""")
	void aPageAnswersTheErrorPage(String path, String body, @Nullable String user, String language, String detail,
			CapturedOutput log) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String token = csrfToken(client, user);

		HttpResponse<String> answer = send(client, request(path + "?lang=" + language, user, token, body));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).contains("lang=\"" + language + "\"").contains("role=\"alert\">").contains(detail);
		assertThat(log.getAll()).doesNotContain("Servlet.service()").doesNotContain("MultipartException");
	}

	/** The session's CSRF token, as a form of the site carries it (sent back in its header, as a script would). */
	private String csrfToken(HttpClient client, @Nullable String user) throws Exception {
		HttpRequest.Builder form = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/petitions/new"));
		authenticate(form, user);
		Matcher token = CSRF.matcher(send(client, form.GET()).body());
		assertThat(token.find()).as("the form's CSRF token").isTrue();
		return token.group(1);
	}

	private HttpRequest.Builder request(String path, @Nullable String user, @Nullable String csrfToken, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		authenticate(request, user);
		if (csrfToken != null) {
			request.header("X-CSRF-TOKEN", csrfToken);
		}
		String file = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n1 0 obj";
		return switch (body) {
			// the body ends inside the file, without the closing boundary
			case "cut-off" -> request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.US_ASCII));
			case "no-boundary" -> request.header("Content-Type", "multipart/form-data")
				.POST(HttpRequest.BodyPublishers.ofString(file + "\r\n--" + BOUNDARY + "--\r\n", StandardCharsets.US_ASCII));
			// no boundary anywhere in the body: read as a form without parts, which the handler refuses
			case "garbage" -> request.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofString("{\"procedureCode\": \"1.001\"}", StandardCharsets.US_ASCII));
			default -> throw new IllegalArgumentException(body);
		};
	}

	private static void authenticate(HttpRequest.Builder request, @Nullable String user) {
		if (user != null) {
			String credentials = user + ":" + DemoAccounts.PASSWORD;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}
}
