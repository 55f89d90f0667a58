package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Who reaches what: anonymous visitors and citizens never reach the officers' pages, a specialist
 * neither opens nor publishes, the People's Inspection Board reads everything and changes nothing,
 * and a staff consultation does not exist for the public and citizens.
 */
@WebTest
class ConsultationAccessTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	ConsultationCommentIntake intake;
	@Autowired
	AccountManagement accounts;
	@Autowired
	Clock clock;

	@Test
	void anonymousVisitorsAndCitizensNeverReachTheOfficersPages() {
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, "Kế hoạch " + UUID.randomUUID()),
				ConsultationFixtures.aPdf(), user("specialist"));
		assertThat(mvc.get().uri("/work/consultations")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/consultations").with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.post().uri("/work/consultations/{id}/open", draft.id()).with(csrf()).with(as(DemoAccounts.CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/consultations/{id}", draft.id()).with(as(DemoAccounts.CITIZEN)))
			.as("in preparation").hasStatus(404);
	}

	@Test
	void onlyAUnitHeadOrTheLeaderOpensAndPublishesAndTheInspectorOnlyReads() {
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, "Kế hoạch " + UUID.randomUUID()),
				ConsultationFixtures.aPdf(), user("specialist"));
		assertThat(mvc.post().uri("/work/consultations/{id}/open", draft.id()).with(csrf()).with(as("specialist")))
			.hasStatus(403);
		assertThat(mvc.post().uri("/work/consultations/{id}/synthesis", draft.id()).with(csrf()).with(as("specialist")))
			.hasStatus(403);
		assertThat(mvc.post().uri("/work/consultations/{id}/open", draft.id()).with(csrf()).with(as("inspector")))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/consultations/{id}/edit", draft.id()).with(as("inspector"))).hasStatus(403);
		assertThat(mvc.post().uri("/work/consultations/{id}/open", draft.id()).with(csrf()).with(as("unithead")))
			.hasStatus3xxRedirection();
		String code = intake.comment(draft.id(), new CommentSubmission(CommenterKind.INDIVIDUAL, "Võ Thị Góp", null,
				"0905999888", null, "Cần làm rõ phạm vi áp dụng", null), null, null).code();
		assertThat(mvc.post().uri("/work/consultations/{id}/comments/{code}/decision", draft.id(), code).with(csrf())
			.with(as("inspector")).param("decision", "ACCEPTED")).hasStatus(403);
		// the inspection board reads the commenter's contact masked (decision 0031), those who decide whole
		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as("inspector"))).hasStatusOk().bodyText()
			.contains(code).contains("Cần làm rõ phạm vi áp dụng").contains("Võ Thị Góp").contains("0905***888")
			.doesNotContain("0905999888").doesNotContain("/open").doesNotContain("/decision");
		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as("unithead"))).hasStatusOk().bodyText()
			.contains("0905999888");
	}

	@Test
	void aStaffConsultationIsUnknownToThePublicAndCitizensAndOpenToTheAgencysOfficers() {
		Consultation internal = consultations.prepare(ConsultationFixtures.aStaffDraft(clock, "Quy chế " + UUID.randomUUID()),
				ConsultationFixtures.aPdf(), user("specialist"));
		consultations.open(internal.id(), user("leader"));
		assertThat(mvc.get().uri("/consultations/{id}", internal.id())).hasStatus(404);
		assertThat(mvc.get().uri("/consultations/{id}", internal.id()).with(as(DemoAccounts.CITIZEN))).hasStatus(404);
		assertThat(mvc.get().uri("/consultations/{id}/files/0", internal.id())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/consultations/{id}", internal.id())).hasStatus(404);
		assertThat(mvc.post().uri("/consultations/{id}/comments", internal.id()).with(csrf())
			.param("commenterKind", "INDIVIDUAL").param("name", "Người Ngoài").param("text", "Góp ý")).hasStatus(404);
		assertThat(mvc.get().uri("/consultations").with(as(DemoAccounts.CITIZEN))).hasStatusOk().bodyText()
			.doesNotContain(internal.title());

		assertThat(mvc.post().uri("/consultations/{id}/comments", internal.id()).with(csrf()).with(as("desk"))
			.param("commenterKind", "INDIVIDUAL").param("name", "Lê Thị Hồng").param("text", "Đề nghị bổ sung Điều 5"))
			.as("an officer of the agency comments").hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/consultations").with(as("inspector"))).hasStatusOk().bodyText()
			.contains(internal.title());
	}

	private CurrentUser user(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
