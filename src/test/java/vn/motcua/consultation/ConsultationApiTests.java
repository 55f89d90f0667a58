package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.ApiTimes;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The public API of drafts for comment: listed and read while open, without the comments' texts;
 * a comment sent twice with one Idempotency-Key is one comment; bad input is a problem detail in
 * the caller's language.
 */
@WebTest
class ConsultationApiTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Clock clock;

	@Test
	void anOpenDraftIsListedReadAndCommentedOnOnceWhateverTheRetries() throws Exception {
		String title = "Chỉ thị " + UUID.randomUUID();
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, title),
				ConsultationFixtures.aPdf(), DemoAccounts.signedIn(accounts, "specialist"));
		consultations.open(draft.id(), DemoAccounts.signedIn(accounts, "leader"));

		assertThat(mvc.get().uri("/api/v1/consultations?size=200")).hasStatusOk().bodyJson()
			.extractingPath("$[?(@.title == '%s')].status".formatted(title)).asArray().containsExactly("OPEN");
		String key = UUID.randomUUID().toString();
		MvcTestResult first = send(draft.id(), key, "Đề nghị bổ sung quy định về chợ đêm");
		assertThat(first).hasStatus(201);
		String code = JsonPath.read(first.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.code");
		ApiTimes.vietnamTime(JsonPath.read(first.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.submittedAt"));
		assertThat(send(draft.id(), key, "Đề nghị bổ sung quy định về chợ đêm")).hasStatus(201).bodyJson()
			.extractingPath("$.code").isEqualTo(code);

		assertThat(mvc.get().uri("/api/v1/consultations/{id}", draft.id())).hasStatusOk().bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.comments").isEqualTo(1))
			.satisfies(json -> assertThat(json).extractingPath("$.takesComments").isEqualTo(true))
			.satisfies(json -> assertThat(json).extractingPath("$.synthesis").isNull())
			.satisfies(json -> assertThat(json).extractingPath("$.draftFiles[0]").asString().endsWith("/files/0"));
	}

	/**
	 * The detail names the field by the label of the comment form, for a client that shows only the
	 * text; {@code errors} names it as the body does, as the petition and survey APIs' do.
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Nội dung góp ý: Vui lòng nhập thông tin này.
			en | Your comment: Please fill this in.
			""")
	void aCommentWithoutTextIsAProblemInTheCallersLanguageNamingTheField(String language, String detail) {
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, "Quy chế " + UUID.randomUUID()),
				ConsultationFixtures.aPdf(), DemoAccounts.signedIn(accounts, "specialist"));
		consultations.open(draft.id(), DemoAccounts.signedIn(accounts, "leader"));
		assertThat(mvc.post().uri("/api/v1/consultations/{id}/comments", draft.id())
			.header("Accept-Language", language).contentType(MediaType.APPLICATION_JSON)
			.content("{\"commenterKind\":\"INDIVIDUAL\",\"name\":\"Tran Van B\"}"))
			.hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.detail").isEqualTo(detail))
			.satisfies(json -> assertThat(json).extractingPath("$.errors").isEqualTo(Map.of("text", detail)));
	}

	@Test
	void theDemoAgencyHasOneOpenPublicDraftWithItsPdf() throws Exception {
		MvcTestResult list = mvc.get().uri("/api/v1/consultations?size=200").exchange();
		java.util.List<String> ids = JsonPath.read(list.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8),
				"$[?(@.title == '%s')].id".formatted(DemoConsultation.TITLE));
		assertThat(ids).as("one demo draft").hasSize(1);
		assertThat(mvc.get().uri("/consultations/{id}/files/0", ids.get(0))).hasStatusOk()
			.hasContentType("application/pdf");
		assertThat(mvc.get().uri("/api/v1/consultations/{id}", ids.get(0))).hasStatusOk().bodyJson()
			.extractingPath("$.takesComments").isEqualTo(true);
	}

	private MvcTestResult send(UUID id, String key, String text) {
		return mvc.post().uri("/api/v1/consultations/{id}/comments", id).header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"commenterKind":"ORGANISATION","name":"Phạm Văn C","organisationName":"Công ty TNHH Chợ Mới",
					"clause":"Điều 2","text":"%s"}""".formatted(text))
			.exchange();
	}
}
