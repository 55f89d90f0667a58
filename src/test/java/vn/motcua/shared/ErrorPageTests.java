package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Locale;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.Part;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/** The error pages speak the user's language and keep the site's layout. */
@WebTest
class ErrorPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OrganizationManagement organization;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			400 | vi | Yêu cầu không hợp lệ
			400 | en | Bad request
			403 | vi | Không có quyền truy cập
			403 | en | Access denied
			404 | vi | Không tìm thấy trang
			404 | en | Page not found
			500 | vi | Hệ thống gặp sự cố
			500 | en | Something went wrong
			""")
	void errorPagesAreInTheUsersLanguage(int status, String language, String heading) {
		assertThat(mvc.get().uri("/error").accept(MediaType.TEXT_HTML).locale(Locale.forLanguageTag(language))
			.param("lang", language)
			.requestAttr("jakarta.servlet.error.status_code", status)
			.requestAttr("jakarta.servlet.error.request_uri", "/somewhere"))
			.bodyText()
			.contains("<h1>" + heading + "</h1>")
			.contains("href=\"#main\"")
			.contains("lang=\"" + language + "\"");
	}

	/**
	 * The page an exception handler renders (a shared one and a module's own) heads with the agency
	 * and shows who is signed in, as every other page does; its footer read "null." before.
	 */
	@ParameterizedTest(name = "{0} {1} signed in: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			404 | /procedures/NOPE                      | true
			404 | /procedures/NOPE                      | false
			400 | /qa?after=not-a-cursor               | true
			400 | /qa?after=not-a-cursor               | false
			""")
	void anErrorPageHasTheLayoutsAgencyAndUser(int status, String uri, boolean signedIn) {
		var request = mvc.get().uri(uri);
		if (signedIn) {
			request.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD));
		}
		String agency = organization.homeAgency().orElseThrow().name();
		assertThat(request).hasStatus(status).bodyText()
			.contains("<span class=\"site-brand__agency\">" + agency + "</span>")
			.doesNotContain("null")
			.contains(signedIn ? "Nguyễn Văn An" : "Đăng nhập");
	}

	/**
	 * A form's file above the servlet's multipart limit gets the application's 413 page in the user's
	 * language, with the limit the forms state and the layout, not the container's bare English page.
	 * Tomcat refuses such a request when its parts are read; here the request does the same.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			vi | Tệp quá lớn    | Mỗi tệp không được quá 10 MB
			en | File too large | Each file may be at most 10 MB
			""")
	void aFileAboveTheUploadLimitGetsThePageThatSaysSo(String language, String title, String limit) {
		assertThat(mvc.perform(new CutOffUpload("/dossiers/drafts").cookie(new Cookie("motcua-lang", language))
			.with(httpBasic(DemoAccounts.CITIZEN, DemoAccounts.PASSWORD)).with(csrf())))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyText()
			.contains("<h1>" + title + "</h1>")
			.contains(limit)
			.contains("Nguyễn Văn An");
	}

	/** A multipart POST whose parts Tomcat refused to read, being larger than the servlet's limit. */
	static class CutOffUpload extends AbstractMockHttpServletRequestBuilder<CutOffUpload> {

		CutOffUpload(String uri) {
			super(HttpMethod.POST);
			uri(uri);
			contentType("multipart/form-data; boundary=motcua");
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			return new MockHttpServletRequest(servletContext) {

				@Override
				public Collection<Part> getParts() {
					throw new IllegalStateException(
							"FileSizeLimitExceededException: The field document-0 exceeds its maximum permitted size of 26214400 bytes.");
				}
			};
		}
	}

	@ParameterizedTest
	@CsvSource({ "vi,Không tìm thấy", "en,Not found" })
	void anApiErrorIsAProblemDetailInTheCallersLanguage(String language, String title) {
		assertThat(mvc.get().uri("/css/no-such-file.css").accept(MediaType.APPLICATION_JSON)
			.header("Accept-Language", language))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/me").header("Accept-Language", language))
			.bodyJson().extractingPath("$.title").isEqualTo(language.equals("vi") ? "Chưa đăng nhập" : "Not signed in");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			vi | Giá trị "abc" của Từ ngày không hợp lệ: cần một ngày dạng yyyy-MM-dd (ví dụ 2026-03-31).         | Yêu cầu không hợp lệ
			en | The value "abc" of From is not valid: expected a date in the form yyyy-MM-dd (for example 2026-03-31). | Bad request
			""")
	void aMalformedQueryParameterIsExplainedInTheCallersLanguage(String language, String detail, String title) {
		assertThat(mvc.get().uri("/api/v1/audit/entries?from=abc").header("Accept-Language", language)
			.with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatus(400)
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.detail").isEqualTo(detail);
				assertThat(json).extractingPath("$.title").isEqualTo(title);
			});
	}
}
