package vn.motcua.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Through a real server, an upload above the servlet's multipart limit (lowered here to 64 KB) gets
 * a 413 problem detail in the caller's language, not the container's bare error page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=1MB" })
class UploadLimitTests {

	static final String BOUNDARY = "motcua-boundary";

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

	private HttpResponse<String> post(byte[] file, String language) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/verifications"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Accept-Language", language)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(file)))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static byte[] multipart(byte[] file) {
		var body = new ByteArrayOutputStream();
		try {
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
