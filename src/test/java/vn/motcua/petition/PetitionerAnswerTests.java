package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The answer to a petition is its petitioner's, published or not: the notice of it links to the
 * tracking page, where the account that sent the petition, or whoever gives the phone number or
 * e-mail address written in it, reads the answer; anyone else holding the code (another citizen
 * too) sees only that it was answered, on the page as on the API, and a published answer as the public
 * questions and answers show it.
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

	@Test
	void theDenouncerReadsTheAnswerWithThePhoneOrEmailWrittenInTheirPetition() {
		String code = answered(petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code());

		assertThat(mvc.get().uri("/petitions/track?code={code}", code).with(from())).hasStatusOk().bodyText()
			.contains("Đã trả lời", "chỉ người gửi đơn được xem").doesNotContain(ANSWER);
		assertThat(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", code)
			.param("contact", "0905 123 456")).hasStatusOk().bodyText().contains(ANSWER)
			.doesNotContain(DenunciationConfidentialityTests.DENOUNCER).doesNotContain("không khớp");
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/progress", code).with(from())
			.contentType(MediaType.APPLICATION_JSON).content("{\"contact\":\"TO.GIAC@example.vn\"}")).hasStatusOk()
			.bodyJson().satisfies(json -> assertThat(json).extractingPath("$.answer").isEqualTo(ANSWER))
			.satisfies(json -> assertThat(json).extractingPath("$.answerWithheld").isEqualTo(false));
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
	void theAnswerStaysOffThePublicQuestionsAndAnswersAndEachCheckOfADenouncersContactIsAudited() {
		String code = answered(petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS).code());

		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", code).with(from())).hasStatusOk()
			.bodyJson().extractingPath("$.answer").isNull();
		assertThat(mvc.get().uri("/qa").param("q", "xử lý kỷ luật")).hasStatusOk().bodyText().doesNotContain(ANSWER);
		assertThat(mvc.get().uri("/api/v1/qa").param("q", "xử lý kỷ luật")).hasStatusOk().bodyText()
			.doesNotContain(code);
		assertThat(mvc.post().uri("/petitions/track").with(csrf()).with(from()).param("code", code)
			.param("contact", "0905000000")).hasStatusOk().bodyText().doesNotContain(ANSWER);

		assertThat(audit.entries(new AuditFilter("Petition", code, null, null, null, null), 0, 50).content().stream()
			.filter(entry -> entry.summary().contains("compared")))
			.singleElement().satisfies(entry -> {
				assertThat(entry.actor()).isEqualTo(Actor.SYSTEM.name());
				assertThat(entry.summary()).contains("no match").doesNotContain("0905000000")
					.doesNotContain(DenunciationConfidentialityTests.DENOUNCER);
			});
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
		return request -> {
			request.setRemoteAddr("192.0.2.31");
			return request;
		};
	}
}
