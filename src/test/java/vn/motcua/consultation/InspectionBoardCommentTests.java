package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.testing.OfficerPages.as;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The people's inspection board read a consultation's comments whole on the officers' page, though it
 * read the commenter's contact field masked (decision 0031): a phone number, e-mail address or ID number
 * typed in a comment reached it as typed. It now reads them masked, as it reads a petition's; the
 * commenter's name stays; those who decide on the comments read them whole, and the stored comment is
 * never changed.
 */
@WebTest
class InspectionBoardCommentTests {

	static final String TEXT = "Đề nghị gọi lại 0912 345 678 hoặc thư an.nguyen@example.vn, CCCD 051090001234.";

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
	void theBoardReadsTheContactsTypedInACommentMaskedItsDecidersWhole() {
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, "Kế hoạch " + UUID.randomUUID()),
				ConsultationFixtures.aPdf(), user("specialist"));
		consultations.open(draft.id(), user("unithead"));
		String code = intake.comment(draft.id(), new CommentSubmission(CommenterKind.INDIVIDUAL, "Võ Thị Góp", null,
				"0905999888", "Điều 5, hỏi qua số 0905 111 222", TEXT, null), null, null).code();

		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as("inspector"))).hasStatusOk().bodyText()
			.contains(code, "Võ Thị Góp", "0905***888", "Điều 5, hỏi qua số 0905***222",
					"Đề nghị gọi lại 0912***678 hoặc thư a***@example.vn, CCCD ***.")
			.doesNotContain("0905999888", "345 678", "an.nguyen@", "051090001234", "111 222");
		for (String decider : new String[] { "specialist", "unithead", "leader" }) {
			assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as(decider))).as(decider)
				.hasStatusOk().bodyText().contains("0905999888", TEXT, "Điều 5, hỏi qua số 0905 111 222");
		}
		assertThat(consultations.comments(draft.id(), user("unithead")).get(0).commentText())
			.as("the stored comment is never changed").isEqualTo(TEXT);
	}

	@Test
	void theExplanationReachesTheBoardMaskedToo() {
		ConsultationComment comment = ConsultationComment.submit(UUID.randomUUID(), "GY-1", new CommentSubmission(
				CommenterKind.ORGANISATION, "Lê Văn Đại Diện", "Công ty TNHH Chợ Mới", "hoi@example.vn", null, TEXT, null),
				Instant.now());
		comment.decide(CommentDecision.EXPLAINED, "Đã trao đổi qua số 0912 345 678 ngày 06/12/2026.", "specialist",
				Instant.now());

		ConsultationComment read = comment.withContactsMasked();

		assertThat(read.explanation()).isEqualTo("Đã trao đổi qua số 0912***678 ngày 06/12/2026.");
		assertThat(read.contact()).isEqualTo("h***@example.vn");
		assertThat(read.organisationName()).isEqualTo("Công ty TNHH Chợ Mới");
		assertThat(read.commenterName()).isEqualTo("Lê Văn Đại Diện");
		assertThat(comment.explanation()).isEqualTo("Đã trao đổi qua số 0912 345 678 ngày 06/12/2026.");
	}

	private CurrentUser user(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}
}
