package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditEntry;
import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The answer to a petition is its petitioner's, published or not: the notice of it links to the
 * tracking page with the reading key, where whoever holds the key, the account that sent the petition,
 * or (but for a denunciation, whose denouncer must not be guessed by their contact) whoever gives the
 * phone number or e-mail address written in it reads the answer; anyone else holding the code (another
 * citizen too) sees only that it was answered, on the page as on the API, and a published answer as the
 * public questions and answers show it.
 */
@WebTest
class PetitionerAnswerTests {

	static final String ANSWER = "Đơn đúng một phần; cán bộ vi phạm đã bị xử lý kỷ luật.";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	PetitionManagement petitions;
	@Autowired
	AccountManagement accounts;
	@Autowired
	AuditTrail audit;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theDenouncerReadsTheAnswerByTheLinkOfTheNoticeOfIt() {
		String code = answered(petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code());
		String key = readingKeyOfTheNotice(code);

		assertThat(mvc.get().uri("/petitions/track?code={code}", code).with(from())).hasStatusOk().bodyText()
			.contains("Đã trả lời", "chỉ người gửi đơn được xem", "mở đường dẫn").doesNotContain(ANSWER);
		assertThat(mvc.get().uri("/petitions/track?code={code}&key={key}", code, key).with(from())).hasStatusOk()
			.bodyText().contains(ANSWER).doesNotContain(DenunciationConfidentialityTests.DENOUNCER);
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/progress", code).with(from())
			.contentType(MediaType.APPLICATION_JSON).content("{\"key\":\"" + key + "\"}")).hasStatusOk()
			.bodyJson().satisfies(json -> assertThat(json).extractingPath("$.answer").isEqualTo(ANSWER))
			.satisfies(json -> assertThat(json).extractingPath("$.answerWithheld").isEqualTo(false));
	}

	/**
	 * Whoever holds a denunciation's code (the person denounced may) learns nothing of the denouncer by
	 * giving a guess of their contact: the denouncer's own phone number and e-mail address, a wrong one, a
	 * wrong key and nothing at all get the very same page and the very same API answer.
	 */
	@Test
	void aDenunciationsProgressIsTheSameForTheDenouncersContactAWrongOneAWrongKeyAndNothing() throws Exception {
		String code = answered(petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code());
		String wrongKey = ReadingKey.issue();

		String nothing = body(mvc.get().uri("/petitions/track?code={code}", code).with(from()));
		assertThat(nothing).contains("Đã trả lời").doesNotContain(ANSWER);
		String wrongContact = body(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", code)
			.param("contact", "0905000000"));
		assertThat(wrongContact).doesNotContain(ANSWER, "không khớp");
		for (String contact : List.of("0905 123 456", "TO.GIAC@example.vn")) {
			assertThat(body(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", code)
				.param("contact", contact))).as("the page for %s", contact).isEqualTo(wrongContact);
		}
		// the language switch keeps the page's address, whatever key it holds
		assertThat(body(mvc.get().uri("/petitions/track?code={code}&key={key}", code, wrongKey).with(from()))
			.replace("&amp;key=" + wrongKey, "")).as("the page for a wrong key").isEqualTo(nothing);

		String withheld = body(mvc.get().uri("/api/v1/petitions/{code}/progress", code).with(from()));
		assertThat(withheld).contains("\"answerWithheld\":true").doesNotContain(ANSWER);
		for (String sent : List.of("{\"contact\":\"0905123456\"}", "{\"contact\":\"to.giac@example.vn\"}",
				"{\"contact\":\"0905000000\"}", "{\"key\":\"" + wrongKey + "\"}", "{}")) {
			assertThat(body(mvc.post().uri("/api/v1/petitions/{code}/progress", code).with(from())
				.contentType(MediaType.APPLICATION_JSON).content(sent))).as("the API for %s", sent).isEqualTo(withheld);
		}
	}

	@Test
	void aComplainantReadsTheAnswerWithThePhoneOrEmailWrittenInTheComplaintOrByTheNoticesLink() {
		String code = answered(petitions.receive(PetitionFixtures.aComplaint(), Actor.ANONYMOUS).code());

		assertThat(mvc.get().uri("/petitions/track?code={code}", code).with(from())).hasStatusOk().bodyText()
			.contains("Nhập số điện thoại").doesNotContain(ANSWER);
		assertThat(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", code)
			.param("contact", PetitionFixtures.aComplaint().phone())).hasStatusOk().bodyText().contains(ANSWER)
			.doesNotContain("không khớp");
		assertThat(mvc.get().uri("/petitions/track?code={code}&key={key}", code, readingKeyOfTheNotice(code))
			.with(from())).hasStatusOk().bodyText().contains(ANSWER);
	}

	@Test
	void theSignedInPetitionerReadsTheirAnswerByTheCode() {
		String code = answered(complaintOf(DemoAccounts.CITIZEN));

		assertThat(mvc.get().uri("/petitions/track?code={code}", code).with(as(DemoAccounts.CITIZEN)))
			.hasStatusOk().bodyText().contains(ANSWER);
		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", code).with(as(DemoAccounts.CITIZEN)))
			.hasStatusOk().bodyJson().extractingPath("$.answer").isEqualTo(ANSWER);
	}

	@Test
	void anotherCitizenHoldingTheCodeNeverReadsTheAnswer() {
		String code = answered(complaintOf(DemoAccounts.CITIZEN));

		assertThat(mvc.get().uri("/petitions/track?code={code}", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatusOk().bodyText().contains("Đã trả lời").doesNotContain(ANSWER);
		assertThat(mvc.post().uri("/petitions/track").with(csrf()).with(as(DemoAccounts.OTHER_CITIZEN))
			.param("code", code).param("contact", "0905999888")).hasStatusOk().bodyText()
			.contains("không khớp").doesNotContain(ANSWER);
		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", code).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatusOk().bodyJson().satisfies(json -> assertThat(json).extractingPath("$.answer").isNull())
			.satisfies(json -> assertThat(json).extractingPath("$.answerWithheld").isEqualTo(true));
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/progress", code).with(as(DemoAccounts.OTHER_CITIZEN))
			.contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"khac@example.vn\"}")).hasStatusOk()
			.bodyText().doesNotContain(ANSWER);
		assertThat(mvc.get().uri("/my/petitions/{code}", code).with(as(DemoAccounts.OTHER_CITIZEN))).hasStatus(404);
	}

	@Test
	void theAnswerStaysOffThePublicQuestionsAndAnswersAndNoLookUpReadsTheDenouncersIdentityOrRecordsTheKey() {
		String code = answered(petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code());
		String key = readingKeyOfTheNotice(code);
		List<AuditEntry> before = trail(code);

		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", code).with(from())).hasStatusOk()
			.bodyJson().extractingPath("$.answer").isNull();
		assertThat(mvc.get().uri("/qa").param("q", "xử lý kỷ luật")).hasStatusOk().bodyText().doesNotContain(ANSWER);
		assertThat(mvc.get().uri("/api/v1/qa").param("q", "xử lý kỷ luật")).hasStatusOk().bodyText()
			.doesNotContain(code);
		assertThat(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", code)
			.param("contact", "0905000000")).hasStatusOk().bodyText().doesNotContain(ANSWER);
		assertThat(mvc.get().uri("/petitions/track?code={code}&key={key}", code, key).with(from())).hasStatusOk()
			.bodyText().contains(ANSWER);

		assertThat(trail(code)).as("the look-ups compare no contact, and reading the answer reads no identity")
			.hasSameSizeAs(before);
		assertThat(before).noneSatisfy(entry -> assertThat(entry.summary()).contains(key));
	}

	@Test
	void aPublishedAnswerFollowedByItsCodeHidesPersonalDataFromThePublicAsTheQuestionsAndAnswersDo() {
		Petition question = petitions.receive(PetitionFixtures.aQuestion("Hỏi giờ làm việc",
				"Bộ phận một cửa làm việc sáng thứ Bảy không?", null), Actor.ANONYMOUS);
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(question.code(), leader);
		petitions.answer(question.code(), "Có; xin gọi số 024.3825.1234 trước khi đến.", true, leader);

		assertThat(mvc.get().uri("/petitions/track?code={code}", question.code()).with(from())).hasStatusOk()
			.bodyText().contains("xin gọi số [đã ẩn] trước").doesNotContain("024.3825.1234");
		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress?lang=en", question.code()).with(from()))
			.hasStatusOk().bodyJson().extractingPath("$.answer").isEqualTo("Có; xin gọi số [hidden] trước khi đến.");
		assertThat(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", question.code())
			.param("contact", "hoi@example.vn")).as("the asker").hasStatusOk().bodyText().contains("024.3825.1234");
	}

	/** The reading key in the link of the text message that told the petitioner of the answer. */
	private String readingKeyOfTheNotice(String code) {
		String sms = jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND channel = 'SMS'")
			.param(code).query(String.class).single();
		Matcher link = Pattern.compile("/petitions/track\\?code=" + code + "&key=([A-Za-z0-9_-]{16})$").matcher(sms);
		assertThat(link.find()).as("the link in %s", sms).isTrue();
		return link.group(1);
	}

	private static String body(MockMvcTester.MockMvcRequestBuilder request) throws Exception {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private List<AuditEntry> trail(String code) {
		return audit.entries(new AuditFilter("Petition", code, null, null, null, null),
				AuditScope.wholeTrail(), 0, 50).content();
	}

	/** Accepted and answered by the leader, not published, as the notice of it tells the petitioner. */
	private String answered(String code) {
		var leader = PetitionFixtures.officer(accounts, "leader");
		petitions.accept(code, leader);
		petitions.answer(code, ANSWER, false, leader);
		return code;
	}

	private String complaintOf(String username) {
		UUID account = accounts.findByUsername(username).orElseThrow().id();
		return petitions.receive(PetitionFixtures.aComplaint().withAccount(account), Actor.ANONYMOUS).code();
	}

	private static RequestPostProcessor as(String username) {
		return request -> from().postProcessRequest(httpBasic(username, DemoAccounts.PASSWORD).postProcessRequest(request));
	}

	/** A client address of this class's own, so that other classes' look-ups do not spend its rate limit. */
	private static RequestPostProcessor from() {
		return ClientAddresses.from("192.0.2.31");
	}
}
