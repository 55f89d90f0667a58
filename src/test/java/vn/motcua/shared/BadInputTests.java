package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.WebTest;

/**
 * Bad input that Spring refuses before a handler runs is explained, in the caller's language, by
 * what was wrong and the form expected (shared/BadInput): a hand-made request learns which field,
 * parameter or line to fix instead of a bare 400.
 */
@WebTest
class BadInputTests {

	private static final String APOLOGY = "/api/v1/work/dossiers/KHONG-CO/apology";

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"reason": "x"}                             | vi | Thiếu trường bắt buộc: Ngày hẹn trả kết quả mới.
			{"reason": "x"}                             | en | Missing required field: New date for the result.
			{"reason": "x", "newAppointment": "mai"}    | vi | Giá trị "mai" của Ngày hẹn trả kết quả mới không hợp lệ: cần ngày giờ dạng
			{"reason": "x", "newAppointment": "mai"}    | en | The value "mai" of New date for the result is not valid: expected a date-time
			{"reason": ["x"], "newAppointment": null}   | vi | Trường reason sai kiểu: cần một chuỗi văn bản.
			{"reason": ["x"], "newAppointment": null}   | en | Field reason has the wrong type: expected a text.
			{"reason": "x",                             | vi | không phải JSON hợp lệ (lỗi ở dòng 1, cột
			{"reason": "x",                             | en | is not valid JSON (error at line 1, column
			""")
	void aBodyThatIsNotWhatTheApiTakesIsExplained(String body, String language, String detail) {
		assertThat(mvc.post().uri(APOLOGY).with(httpBasic("leader", "Demo@12345"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").asString().contains(detail);
	}

	/**
	 * A field named by its label in the detail (dossier.field.newAppointment, the label of the page's
	 * input) is named as the body names it under {@code errors}, for a client that shows each message at
	 * its field; a field without a label (reason) keeps its name in both.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource(delimiter = '|', textBlock = """
			{"reason": "x", "newAppointment": "mai"}  | vi | newAppointment | Giá trị "mai" của Ngày hẹn trả kết quả mới không hợp lệ: cần ngày giờ dạng yyyy-MM-ddTHH:mm:ss+07:00 (ví dụ 2026-03-31T23:30:00+07:00; trong địa chỉ, dấu + viết là %2B).
			{"reason": "x", "newAppointment": "mai"}  | en | newAppointment | The value "mai" of New date for the result is not valid: expected a date-time in the form yyyy-MM-ddTHH:mm:ss+07:00 (for example 2026-03-31T23:30:00+07:00; in an address, write the + as %2B).
			{"reason": ["x"], "newAppointment": null} | en | reason         | Field reason has the wrong type: expected a text.
			""")
	void aRefusedFieldIsNamedUnderErrorsAsTheBodyNamesIt(String body, String language, String field, String detail) {
		var json = assertThat(mvc.post().uri(APOLOGY).with(httpBasic("leader", "Demo@12345"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON).content(body))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson();
		json.extractingPath("$.detail").isEqualTo(detail);
		json.extractingPath("$.errors").isEqualTo(Map.of(field, detail));
	}

	/**
	 * A date-time written without its {@code T} is refused with the form expected, offset included, in
	 * both languages (one without an offset is read as Vietnam's time: docs/api.md).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | cần ngày giờ dạng yyyy-MM-ddTHH:mm:ss+07:00 (ví dụ 2026-03-31T23:30:00+07:00
			en | expected a date-time in the form yyyy-MM-ddTHH:mm:ss+07:00 (for example 2026-03-31T23:30:00+07:00
			""")
	void aDateTimeNotInItsFormIsRefusedWithTheFormExpected(String language, String form) {
		assertThat(mvc.post().uri(APOLOGY).with(httpBasic("leader", "Demo@12345"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"x\", \"newAppointment\": \"2026-03-31 23:30:00\"}"))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
			.contains("\"2026-03-31 23:30:00\"").contains(form);
	}

	/**
	 * A filter of the petitions' queue that does not bind is named by the label the form shows beside
	 * it (petition.field.kind), in the user's language.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Giá trị &quot;XYZ&quot; của Loại đơn không hợp lệ: cần một trong các giá trị
			en | The value &quot;XYZ&quot; of Kind is not valid: expected one of
			""")
	void aPageNamesAParameterByTheLabelItsFormShows(String language, String detail) {
		assertThat(mvc.get().uri("/work/petitions?kind=XYZ&lang=" + language).with(httpBasic("leader", "Demo@12345")))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("role=\"alert\">" + detail);
	}

	/**
	 * A form that comes back with what was typed (a consultation's draft) shows a value its field cannot
	 * take beside that field, in the reader's language, where its module says nothing more of that field:
	 * never Spring's English text of the conversion.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Ngày không hợp lệ: cần dạng năm-tháng-ngày, ví dụ 2026-12-31.
			en | Not a valid date: expected year-month-day, for example 2026-12-31.
			""")
	void aFormShowsAValueItsFieldCannotTakeBesideTheField(String language, String date) {
		assertThat(mvc.post().uri("/work/consultations").with(httpBasic("specialist", "Demo@12345")).with(csrf())
			.cookie(new Cookie("motcua-lang", language))
			.param("title", "Quy chế thử").param("documentType", "DECISION").param("summary", "Thử")
			.param("draftingUnit", "Văn phòng Sở").param("audience", "PUBLIC")
			.param("opensOn", "31/12/2026").param("closesOn", "2027-03-31"))
			.hasStatusOk().bodyText().contains("id=\"opensOn-error\">" + date + "</p>").doesNotContain("Failed to convert");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Yêu cầu không có nội dung: cần gửi một đối tượng JSON.
			en | The request has no body: send a JSON object.
			""")
	void aMissingBodyIsNamed(String language, String detail) {
		assertThat(mvc.post().uri(APOLOGY).with(httpBasic("leader", "Demo@12345"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().isEqualTo(detail);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Giá trị "hai" của Số mục mỗi trang không hợp lệ: cần một số nguyên (ví dụ 2).
			en | The value "hai" of Items per page is not valid: expected a whole number (for example 2).
			""")
	void aQueryParameterNotOfItsTypeIsNamedWithItsForm(String language, String detail) {
		assertThat(mvc.get().uri("/api/v1/work/queue?size=hai").with(httpBasic("specialist", "Demo@12345"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString().isEqualTo(detail);
	}

	/**
	 * A hand-made form POST without its required field: the 400 page names it by the label its form shows,
	 * in the user's language.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Thiếu tham số bắt buộc: Chứng từ nộp (cần một chuỗi văn bản).
			en | Missing required parameter: Proof of payment (expected a text).
			""")
	void aPageNamesTheMissingField(String language, String detail) {
		assertThat(mvc.post().uri("/work/dossiers/KHONG-CO/payment").with(httpBasic("specialist", "Demo@12345"))
			.with(csrf()).cookie(new Cookie("motcua-lang", language)))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains("role=\"alert\">" + detail + "</p>");
	}

	/**
	 * {@code ?lang=en} asks for English as the switch does. A parameter of lists that every module takes
	 * has a shared label where its module has none.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Giá trị &quot;hai&quot; của Trang không hợp lệ: cần một số nguyên (ví dụ 2).
			en | The value &quot;hai&quot; of Page is not valid: expected a whole number (for example 2).
			""")
	void aPageNamesAParameterNotOfItsType(String language, String detail) {
		assertThat(mvc.get().uri("/procedures?page=hai&lang=" + language))
			.hasStatus(HttpStatus.BAD_REQUEST).bodyText().contains(detail);
	}

	/**
	 * A content type the API does not take, whether refused once its controller is chosen (a JSON body
	 * sent as text) or before (a multipart endpoint sent JSON): a problem detail in the caller's
	 * language naming what it takes, with the {@code Accept} header Spring sets.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/work/dossiers/KHONG-CO/apology | text/plain;charset=UTF-8 | leader       | vi | Định dạng nội dung "text/plain;charset=UTF-8" không được hỗ trợ tại địa chỉ này; cần: application/json
			/api/v1/work/dossiers/KHONG-CO/apology | text/plain;charset=UTF-8 | leader       | en | The content type "text/plain;charset=UTF-8" is not supported at this address; expected: application/json
			/api/v1/dossiers                       | application/json         | 051090000001 | vi | Định dạng nội dung "application/json" không được hỗ trợ tại địa chỉ này; cần: multipart/form-data.
			/api/v1/dossiers                       | application/json         | 051090000001 | en | The content type "application/json" is not supported at this address; expected: multipart/form-data.
			""")
	void aContentTypeTheApiDoesNotTakeIsNamedWithThoseItTakes(String uri, String type, String user, String language,
			String detail) {
		assertThat(mvc.post().uri(uri).with(httpBasic(user, "Demo@12345")).header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.contentType(MediaType.parseMediaType(type)).content("{}".getBytes(StandardCharsets.UTF_8)))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.containsHeader(HttpHeaders.ACCEPT)
			.bodyJson().extractingPath("$.detail").asString().startsWith(detail);
	}

	/** A method the API address does not take is refused before any controller is chosen: still in the caller's language. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Phương thức DELETE không được hỗ trợ tại địa chỉ này; dùng: POST. | Phương thức không được hỗ trợ
			en | Method DELETE is not supported at this address; use: POST.        | Method not allowed
			""")
	void aMethodTheApiDoesNotTakeIsNamedWithThoseItTakes(String language, String detail, String title) {
		var answer = assertThat(mvc.delete().uri(APOLOGY).with(httpBasic("leader", "Demo@12345"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, language))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.ALLOW, "POST")
			.bodyJson();
		answer.extractingPath("$.detail").asString().isEqualTo(detail);
		answer.extractingPath("$.title").asString().isEqualTo(title);
	}

	/** A page asked with a method its address does not take: the error page, not JSON, in the user's language. */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Phương thức GET không được hỗ trợ tại địa chỉ này; dùng: POST.
			en | Method GET is not supported at this address; use: POST.
			""")
	void aPageAskedWithAMethodItDoesNotTakeGetsTheErrorPage(String language, String detail) {
		assertThat(mvc.get().uri("/work/dossiers/KHONG-CO/payment").with(httpBasic("specialist", "Demo@12345"))
			.accept(MediaType.TEXT_HTML).cookie(new Cookie("motcua-lang", language)))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.hasHeader(HttpHeaders.ALLOW, "POST")
			.bodyText().contains("lang=\"" + language + "\"").contains("role=\"alert\">" + detail + "</p>");
	}

	/**
	 * {@code ?lang=} chooses the language of a refusal made before any controller is chosen (a method or
	 * a content type the address does not take) as everywhere else, over the cookie's.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			en | vi | Method GET is not supported at this address; use: POST.
			vi | en | Phương thức GET không được hỗ trợ tại địa chỉ này; dùng: POST.
			""")
	void aPageAskedWithAMethodItDoesNotTakeHeedsTheLanguageParameter(String language, String cookie, String detail) {
		assertThat(mvc.get().uri("/work/dossiers/KHONG-CO/payment?lang=" + language)
			.with(httpBasic("specialist", "Demo@12345")).accept(MediaType.TEXT_HTML).cookie(new Cookie("motcua-lang", cookie)))
			.hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.bodyText().contains("lang=\"" + language + "\"").contains("role=\"alert\">" + detail + "</p>");
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			DELETE | /api/v1/work/dossiers/KHONG-CO/apology | leader       | en | vi | Method DELETE is not supported at this address; use: POST.
			DELETE | /api/v1/work/dossiers/KHONG-CO/apology | leader       | vi | en | Phương thức DELETE không được hỗ trợ tại địa chỉ này; dùng: POST.
			POST   | /api/v1/dossiers                       | 051090000001 | en | vi | The content type "application/json" is not supported at this address; expected: multipart/form-data.
			""")
	void theApiHeedsTheLanguageParameterForAMethodOrContentTypeItDoesNotTake(String method, String uri, String user,
			String language, String acceptLanguage, String detail) {
		assertThat(mvc.method(HttpMethod.valueOf(method)).uri(uri + "?lang=" + language)
			.with(httpBasic(user, "Demo@12345")).header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson().extractingPath("$.detail").isEqualTo(detail);
	}

	/**
	 * A form with files posted without the multipart encoding (a hand-made or scripted request): the
	 * error page says the form must be sent as multipart, where the handler failed with a server error.
	 */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			/desk/dossiers                       | desk         | vi | Định dạng nội dung &quot;application/x-www-form-urlencoded&quot; không được hỗ trợ tại địa chỉ này; cần: multipart/form-data.
			/desk/dossiers                       | desk         | en | The content type &quot;application/x-www-form-urlencoded&quot; is not supported at this address; expected: multipart/form-data.
			/desk/dossiers/KHONG-CO/supplement   | desk         | en | expected: multipart/form-data.
			/my/dossiers/KHONG-CO/completion     | 051090000001 | en | expected: multipart/form-data.
			/work/dossiers/KHONG-CO/result       | specialist   | en | expected: multipart/form-data.
			/dossiers/drafts                     | 051090000001 | vi | cần: multipart/form-data.
			""")
	void aFormWithFilesPostedWithoutMultipartGetsTheErrorPage(String uri, String user, String language, String detail) {
		assertThat(mvc.post().uri(uri).with(httpBasic(user, "Demo@12345")).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("procedure=X".getBytes(StandardCharsets.UTF_8))
			.cookie(new Cookie("motcua-lang", language)))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText().contains("role=\"alert\">").contains(detail + "</p>");
	}

	/**
	 * The calendar's {@code start} whose {@code +} arrived as a space (sent unencoded) or that was
	 * written without the offset's colon is the same time as {@code +07:00}. The parameter is given as
	 * the server decodes it from the query string.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2026-12-01T08:00:00 07:00
			2026-12-01T08:00:00+0700
			2026-12-01T08:00:00 0700
			""")
	void aDateTimeParameterWithItsPlusAsASpaceOrNoColonIsRead(String start) throws Exception {
		String uri = "/api/v1/calendar/deadline?amount=3&unit=WORKING_DAYS";
		String written = mvc.get().uri(uri).param("start", "2026-12-01T08:00:00+07:00").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(mvc.get().uri(uri).param("start", start)).hasStatusOk().bodyText().isEqualTo(written);
	}
}
