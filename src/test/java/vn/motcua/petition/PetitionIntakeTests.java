package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.ApiTimes;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * The one intake: each kind's required content is enforced with guidance on what is missing (an
 * anonymous feedback or denunciation is not received), bad input answers with a clear message,
 * and text is stored as typed and shown escaped.
 */
@WebTest
class PetitionIntakeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAnonymousFeedbackIsNotReceivedAndTheSenderIsToldWhatIsMissing() {
		assertThat(mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"kind":"FEEDBACK","title":"Thủ tục chậm","content":"Hồ sơ chậm"}"""))
			.hasStatus(400).bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.detail").asString().contains("nặc danh"))
			.satisfies(json -> assertThat(json).extractingPath("$.errors.name").asString().contains("họ và tên"))
			.satisfies(json -> assertThat(json).extractingPath("$.errors.address").asString().contains("địa chỉ"))
			.satisfies(json -> assertThat(json).extractingPath("$.errors.phone").asString().contains("điện thoại"));
	}

	@Test
	void aDenunciationWithoutTheDenouncerOrTheAccusedIsRefusedOnThePageWithGuidance() {
		assertThat(mvc.post().uri("/petitions").with(csrf()).param("kind", "DENUNCIATION")
			.param("title", "Tố cáo cán bộ").param("content", "Nhận tiền của cơ sở").param("name", "Lê Văn Tố"))
			.hasStatusOk().bodyText()
			.contains("tố cáo nặc danh không được xử lý")
			.contains("Vui lòng nhập địa chỉ.")
			.contains("Vui lòng nêu người bị tố cáo")
			.as("what was typed comes back").contains("Nhận tiền của cơ sở");
	}

	@Test
	void theAttachmentIsKeptWhenTheFormComesBackAndNeedNotBeChosenAgain() {
		MockHttpSession session = new MockHttpSession();
		String title = "Hỏi về lệ phí " + UUID.randomUUID();
		MvcTestResult incomplete = mvc.post().uri("/petitions").multipart().file(scan()).session(session).with(csrf())
			.param("kind", "QUESTION").param("title", title).param("content", "Lệ phí cấp đổi là bao nhiêu?")
			.param("submissionKey", UUID.randomUUID().toString()).exchange();
		assertThat(incomplete).hasStatusOk().bodyText().contains("Đã đính kèm: bien-lai.pdf");

		assertThat(mvc.post().uri("/petitions").multipart().session(session).with(csrf()).param("kind", "QUESTION")
			.param("title", title).param("content", "Lệ phí cấp đổi là bao nhiêu?").param("name", "Trần Thị Hỏi")
			.param("phone", "0905123456").param("submissionKey", hidden(incomplete, "submissionKey"))
			.param("keptAttachment", hidden(incomplete, "keptAttachment")))
			.hasStatus3xxRedirection();
		assertThat(jdbc.sql("SELECT attachment_name FROM petition WHERE title = ?").param(title).query(String.class)
			.single()).isEqualTo("bien-lai.pdf");
	}

	@Test
	void anotherSessionCannotSendAFileKeptForSomeoneElse() {
		MvcTestResult incomplete = mvc.post().uri("/petitions").multipart().file(scan())
			.session(new MockHttpSession()).with(csrf()).param("kind", "QUESTION").param("title", "Hỏi")
			.param("content", "Hỏi").exchange();
		String title = "Gửi kèm tệp của người khác " + UUID.randomUUID();

		assertThat(mvc.post().uri("/petitions").multipart().session(new MockHttpSession()).with(csrf())
			.param("kind", "QUESTION").param("title", title).param("content", "Nội dung").param("name", "Kẻ Lạ")
			.param("phone", "0905000000").param("keptAttachment", hidden(incomplete, "keptAttachment")))
			.hasStatusOk().bodyText().contains("Vui lòng chọn lại tệp.");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM petition WHERE title = ?").param(title).query(Integer.class).single())
			.isZero();
	}

	private static MockMultipartFile scan() {
		return new MockMultipartFile("attachment", "bien-lai.pdf", "application/pdf", TestFiles.pdf("biên lai"));
	}

	/** The value of a hidden field of the page. */
	private static String hidden(MvcTestResult page, String name) {
		Matcher field = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"")
			.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(field.find()).as("the page has " + name).isTrue();
		return field.group(1);
	}

	@Test
	void eachKindTakesWhatItRequires() {
		assertThat(mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"QUESTION","title":"Hỏi","content":"Nội dung","name":"Nguyễn Hỏi","email":"hoi@example.vn"}"""))
			.hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("RECEIVED");
		assertThat(mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"QUESTION","title":"Hỏi","content":"Nội dung","name":"Nguyễn Hỏi"}"""))
			.as("a question needs a way to answer").hasStatus(400).bodyJson().extractingPath("$.errors.phone").isNotNull();
		assertThat(mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"COMPLAINT","title":"Khiếu nại","content":"Nội dung","name":"A","address":"B","phone":"0905123456"}"""))
			.hasStatus(400).bodyJson().extractingPath("$.errors.concerning").asString().contains("khiếu nại");
	}

	@Test
	void anOverLongTextAndAWrongAttachmentAnswerWithAClearMessage() {
		assertThat(mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"QUESTION\",\"title\":\"" + "a".repeat(201)
					+ "\",\"content\":\"x\",\"name\":\"N\",\"email\":\"n@example.vn\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().isEqualTo("Tiêu đề dài quá 200 ký tự.");

		MockMultipartFile json = new MockMultipartFile("petition", "", MediaType.APPLICATION_JSON_VALUE, """
				{"kind":"QUESTION","title":"Hỏi","content":"x","name":"N","email":"n@example.vn"}""".getBytes());
		MockMultipartFile program = new MockMultipartFile("attachment", "anh.png", "image/png",
				"MZ\u0090\u0000 an executable, not a picture".getBytes());
		assertThat(mvc.post().uri("/api/v1/petitions").multipart().file(json).file(program)
			.header("Accept-Language", "en"))
			.hasStatus(400).bodyJson().extractingPath("$.detail").asString().contains("anh.png");
	}

	/** The code is all the tracking page asks for: after the running number, 40 random bits in two groups. */
	@Test
	void aPetitionsCodeCannotBeGuessedFromAnothers() throws Exception {
		java.util.List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 2; i++) {
			MvcTestResult received = mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"FEEDBACK","title":"Góp ý","content":"Nội dung","name":"N","address":"A","phone":"0905123456"}""")
				.exchange();
			assertThat(received).hasStatus(201);
			codes.add(JsonPath.read(received.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code"));
		}
		assertThat(codes).allMatch(code -> code.matches("PA\\d{6}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), "PA, number, 2 x 4 characters");
		assertThat(codes.get(0).substring(8)).isNotEqualTo(codes.get(1).substring(8));
	}

	@Test
	void scriptInTheTextIsStoredAsTypedAndShownEscaped() throws Exception {
		String script = "<script>alert('x')</script> & \"quotes\"";
		MvcTestResult received = mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"FEEDBACK","title":"T","content":"%s","name":"N","address":"A","phone":"0905123456"}"""
			.formatted(script.replace("\"", "\\\""))).exchange();
		assertThat(received).hasStatus(201);
		String code = JsonPath.read(received.getResponse().getContentAsString(StandardCharsets.UTF_8), "$.code");
		Petition stored = petitions.track(code).orElseThrow();
		assertThat(stored.content()).isEqualTo(script);

		assertThat(mvc.get().uri("/work/petitions/{code}", stored.code()).with(httpBasic("leader", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText()
			.doesNotContain("<script>alert")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
	}

	/**
	 * Both times of a petition's progress are Vietnam's time with its offset, the time received (an
	 * instant) as the time due (Vietnam's wall-clock time).
	 */
	@Test
	void theProgressGivesBothTimesInVietnamsTime() throws Exception {
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();
		Petition feedback = petitions.track(code).orElseThrow(); // as stored: to the microsecond
		String progress = mvc.get().uri("/api/v1/petitions/{code}/progress", feedback.code()).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ApiTimes.vietnamTime(JsonPath.read(progress, "$.receivedAt")))
			.isEqualTo(LocalDateTime.ofInstant(feedback.receivedAt(), VietnamTime.ZONE));
		assertThat(ApiTimes.vietnamTime(JsonPath.read(progress, "$.dueAt"))).isEqualTo(feedback.nextDueAt());
	}

	/**
	 * The receipt of a petition sent through the API gives the time received (an instant, once written
	 * in UTC) as every other time, Vietnam's time with its offset, like the first time due.
	 */
	@Test
	void theReceiptGivesTheTimeReceivedInVietnamsTime() throws Exception {
		MvcTestResult sent = mvc.post().uri("/api/v1/petitions").contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"FEEDBACK","title":"T","content":"C","name":"N","address":"A","phone":"0905123456"}""")
			.exchange();
		assertThat(sent).hasStatus(201);
		String receipt = sent.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Petition feedback = petitions.track(JsonPath.read(receipt, "$.code")).orElseThrow();

		// the answer's instant has the clock's nanoseconds; the stored one, the database's rounded microseconds
		assertThat(ApiTimes.vietnamTime(JsonPath.read(receipt, "$.receivedAt")))
			.isCloseTo(LocalDateTime.ofInstant(feedback.receivedAt(), VietnamTime.ZONE), within(1, ChronoUnit.MILLIS));
		assertThat(ApiTimes.vietnamTime(JsonPath.read(receipt, "$.acceptanceDueAt"))).isEqualTo(feedback.acceptanceDueAt());
	}

	/** A petition keeps its sector's code; the officer reads the sector's name. */
	@Test
	void thePetitionsPageNamesItsSector() {
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Giấy phép bán lẻ rượu", "Hỏi thủ tục.", "RUOU"),
				Actor.ANONYMOUS);
		assertThat(mvc.get().uri("/work/petitions/{code}", question.code()).with(httpBasic("leader", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("<dd>Kinh doanh rượu</dd>").doesNotContain("<dd>RUOU</dd>");
	}

	@Test
	void anOfficerRecordsAHotlineCallAndTheFormRefusesTheWebChannel() {
		assertThat(mvc.post().uri("/work/petitions").with(csrf()).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.param("kind", "FEEDBACK").param("channel", "HOTLINE").param("title", "Gọi đường dây nóng")
			.param("content", "Phản ánh qua điện thoại").param("name", "Trần Gọi").param("address", "Quảng Ngãi")
			.param("phone", "0905111222"))
			.hasStatus3xxRedirection().redirectedUrl().startsWith("/work/petitions/PA");
		assertThat(mvc.post().uri("/work/petitions").with(csrf()).with(httpBasic("desk", DemoAccounts.PASSWORD))
			.param("kind", "FEEDBACK").param("channel", "WEB_FORM").param("title", "T").param("content", "C"))
			.hasStatusOk().bodyText().contains("Vui lòng chọn kênh tiếp nhận.");
	}

	@Autowired
	vn.motcua.identity.AccountManagement accounts;
}
