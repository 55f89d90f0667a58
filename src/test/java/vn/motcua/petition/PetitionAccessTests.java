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

import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Who reaches what: a wrong role gets 403, a citizen follows their own petitions and never
 * another's, and anyone follows a petition by its code without seeing its content or sender.
 */
@WebTest
class PetitionAccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	AccountManagement accounts;

	@Test
	void aWrongRoleIsRefused() {
		Petition feedback = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS);
		assertThat(mvc.get().uri("/work/petitions").with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/petitions/{code}", feedback.code()).with(as(DemoAccounts.CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/petitions").with(as("admin"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/reception").with(as("inspector"))).hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/acceptance", feedback.code()).with(as("inspector")))
			.as("the People's Inspection Board reads, never changes").hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/assignment", feedback.code()).with(as("specialist"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"officerAccountId\":\"%s\"}"
				.formatted(accounts.findByUsername("specialist").orElseThrow().id())))
			.as("only a unit head or the leader assigns").hasStatus(403);
		assertThat(mvc.post().uri("/api/v1/petitions/{code}/acceptance", feedback.code()).with(as("specialist")))
			.as("a specialist handles only what is assigned to them").hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/petitions/figures?from=2026-01-01&to=2026-12-31").with(as(DemoAccounts.CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/my/petitions").with(as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/petitions")).hasStatus(401);
	}

	@Test
	void aCitizenFollowsTheirOwnPetitionsAndNeverAnothers() {
		assertThat(mvc.post().uri("/api/v1/petitions").with(as(DemoAccounts.CITIZEN))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"QUESTION","title":"Câu hỏi của tôi","content":"Nội dung riêng","name":"Nguyễn Văn An","email":"an@example.vn"}"""))
			.hasStatus(201);
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		PetitionSummary mine = petitions.petitionsOf(citizen, null, 1).items().get(0);

		assertThat(mvc.get().uri("/my/petitions").with(as(DemoAccounts.CITIZEN))).hasStatusOk().bodyText()
			.contains(mine.code()).contains("Câu hỏi của tôi");
		assertThat(mvc.get().uri("/api/v1/my/petitions/{code}", mine.code()).with(as(DemoAccounts.CITIZEN)))
			.hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Câu hỏi của tôi");

		assertThat(mvc.get().uri("/my/petitions/{code}", mine.code()).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404).bodyText().doesNotContain("Nội dung riêng");
		assertThat(mvc.get().uri("/api/v1/my/petitions/{code}", mine.code()).with(as(DemoAccounts.OTHER_CITIZEN)))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/my/petitions").with(as(DemoAccounts.OTHER_CITIZEN))).hasStatusOk()
			.bodyText().doesNotContain(mine.code());
	}

	@Test
	void anyoneFollowsAPetitionByItsCodeWithoutItsContentOrSender() {
		Petition denunciation = petitions.receive(PetitionFixtures.aDenunciation(), Actor.ANONYMOUS);
		assertThat(mvc.get().uri("/petitions/track?code={code}", denunciation.code())).hasStatusOk().bodyText()
			.contains("Đã tiếp nhận").doesNotContain(DenunciationConfidentialityTests.DENOUNCER)
			.doesNotContain(denunciation.content());
		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", denunciation.code())).hasStatusOk().bodyJson()
			.extractingPath("$.status").isEqualTo("RECEIVED");
		assertThat(mvc.get().uri("/api/v1/petitions/{code}/progress", "PA999999-ZZZZ")).hasStatus(404);
	}

	@Test
	void aReceptionRecordIsLoggedAndOpensAPetition() {
		assertThat(mvc.post().uri("/work/reception").with(csrf()).with(as("desk"))
			.param("citizens", "Phạm Công Dân, 5 Trần Hưng Đạo").param("persons", "2")
			.param("content", "Đề nghị giải quyết dứt điểm").param("requests", "Trả lời bằng văn bản"))
			.hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/reception").with(as("desk"))).hasStatusOk().bodyText()
			.contains("Phạm Công Dân, 5 Trần Hưng Đạo").contains("Trả lời bằng văn bản").contains("Mở đơn");
		assertThat(mvc.get().uri("/reception")).hasStatusOk().bodyText().contains("Giám đốc Sở tiếp công dân");
		assertThat(mvc.get().uri("/api/v1/reception/schedule")).hasStatusOk().bodyJson()
			.extractingPath("$[?(@.director == true)]").asArray().isNotEmpty();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
