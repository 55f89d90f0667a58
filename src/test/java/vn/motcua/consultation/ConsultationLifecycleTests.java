package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * A draft goes the whole way on the real database: prepared, opened by a unit head under the rules
 * in force, commented on by anyone (a retry with the same key gives the first comment), closed at
 * its end, every comment decided, and the synthesis published with individuals' names masked, no
 * contact, and the contacts typed in a comment or its explanation hidden; each step is in the audit trail.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ConsultationLifecycleTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	AccountManagement accounts;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditTrail audit;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void preparedOpenedCommentedDecidedAndTheSynthesisPublished() {
		String title = "Kế hoạch chợ " + UUID.randomUUID();
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, title),
				ConsultationFixtures.aPdf(), user("specialist"));
		assertThat(mvc.get().uri("/consultations/{id}", draft.id())).as("unseen while in preparation").hasStatus(404);

		Consultation opened = consultations.open(draft.id(), user("unithead"));
		assertThat(opened.minimumDays()).isEqualTo(60);
		assertThat(opened.rulesInForceFrom()).isEqualTo(LocalDate.of(2025, 4, 1));

		String individual = comment(draft.id(), "INDIVIDUAL", "Nguyễn Văn Góp", null, "gop.nguyen@example.vn",
				"Chợ cần thêm bãi đỗ xe, gọi tôi 0912 345 678", "key-" + UUID.randomUUID());
		String key = "key-" + UUID.randomUUID();
		String organisation = comment(draft.id(), "ORGANISATION", "Lê Thị Đại Diện", "Hiệp hội Tiểu thương Quảng Ngãi",
				"0905123123", "Giảm phí thuê ki-ốt", key);
		assertThat(comment(draft.id(), "ORGANISATION", "Lê Thị Đại Diện", "Hiệp hội Tiểu thương Quảng Ngãi",
				"0905123123", "Giảm phí thuê ki-ốt", key)).as("the same key gives the first comment").isEqualTo(organisation);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_comment WHERE consultation_id = ?").param(draft.id())
			.query(Long.class).single()).isEqualTo(2);
		assertThat(mvc.get().uri("/consultations/{id}", draft.id())).hasStatusOk().bodyText()
			.contains(title).contains("Đang lấy ý kiến: còn 61 ngày").doesNotContain("Chợ cần thêm bãi đỗ xe")
			.contains("href=\"/consultations/" + draft.id() + "/files/0\"");

		assertThatThrownBy(() -> consultations.decide(draft.id(), individual, CommentDecision.ACCEPTED, null,
				user("specialist"))).as("decided only after the period").isInstanceOf(InvalidRequestException.class);

		clock.advance(Duration.ofDays(62));
		assertThat(mvc.post().uri("/consultations/{id}/comments", draft.id()).with(csrf())
			.param("commenterKind", "INDIVIDUAL").param("name", "Trễ Hạn").param("text", "Góp ý muộn"))
			.hasStatusOk().bodyText().contains("Đã hết thời hạn lấy ý kiến").doesNotContain("Góp ý muộn</p>");
		assertThatThrownBy(() -> consultations.publishSynthesis(draft.id(), user("unithead")))
			.isInstanceOf(InvalidRequestException.class).hasMessage("consultation.synthesis.undecided");

		consultations.decide(draft.id(), individual, CommentDecision.ACCEPTED, null, user("specialist"));
		assertThat(mvc.post().uri("/work/consultations/{id}/comments/{code}/decision", draft.id(), organisation)
			.with(csrf()).with(as("specialist")).param("decision", "EXPLAINED")
			.param("explanation", "Phí thuê do HĐND tỉnh quyết định; hỏi thêm phi.thue@example.vn")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri("/work/consultations/{id}/synthesis", draft.id()).with(csrf()).with(as("unithead")))
			.hasStatus3xxRedirection();

		assertThat(mvc.get().uri("/consultations/{id}", draft.id())).hasStatusOk().bodyText()
			.contains("Bản tổng hợp, tiếp thu, giải trình").contains(individual).contains("Nguyễn V. G.")
			.doesNotContain("Nguyễn Văn Góp").doesNotContain("gop.nguyen@example.vn").doesNotContain("0905123123")
			.contains("Hiệp hội Tiểu thương Quảng Ngãi").contains("Chợ cần thêm bãi đỗ xe")
			.contains("Phí thuê do HĐND tỉnh quyết định").contains("Tiếp thu: 1 ý kiến").contains("Giải trình: 1 ý kiến")
			.as("the contacts typed in a comment and its explanation are hidden")
			.contains("Chợ cần thêm bãi đỗ xe, gọi tôi [đã ẩn]", "hỏi thêm [đã ẩn]")
			.doesNotContain("345 678", "phi.thue@");
		assertThat(mvc.get().uri("/api/v1/consultations/{id}", draft.id())).hasStatusOk().bodyText()
			.contains("Chợ cần thêm bãi đỗ xe, gọi tôi [đã ẩn]", "hỏi thêm [đã ẩn]").doesNotContain("345 678", "phi.thue@");
		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as("specialist")))
			.as("those who decide on comments read them whole").bodyText()
			.contains("gọi tôi 0912 345 678", "phi.thue@example.vn");

		audit.seal();
		assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = ? ORDER BY action")
			.param(draft.id().toString()).query(String.class).list())
			.containsExactly("consultation.opened", "consultation.prepared", "consultation.synthesis-published");
		assertThat(jdbc.sql("SELECT action, agency_code FROM audit_entry WHERE record_id = ? ORDER BY action")
			.param(organisation).query((row, n) -> row.getString(1) + " of " + row.getString(2)).list())
			.as("with the consultation's agency, whose board reads them")
			.containsExactly("consultation.comment.commented of " + draft.agencyCode(),
					"consultation.comment.decided of " + draft.agencyCode());
	}

	@Test
	void preparingAndOpeningAreRefusedWhenThePeriodIsShorterThanTheMinimumInForce() {
		DraftContent tooShort = new DraftContent("Quy chế " + UUID.randomUUID(), DraftDocumentType.REGULATION,
				"Quy chế làm việc", "Văn phòng Sở", ConsultationAudience.PUBLIC, ConsultationFixtures.today(clock),
				ConsultationFixtures.today(clock).plusDays(59));
		assertThatThrownBy(() -> consultations.prepare(tooShort, ConsultationFixtures.aPdf(), user("specialist")))
			.isInstanceOf(InvalidFieldException.class).hasMessage("consultation.period.too-short")
			.extracting(refused -> ((InvalidFieldException) refused).field()).isEqualTo("closesOn");
		Consultation draft = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, tooShort.title()),
				ConsultationFixtures.aPdf(), user("specialist"));
		// as if the rules in force had been raised since it was prepared: opening checks them again
		jdbc.sql("UPDATE consultation SET closes_on = ? WHERE id = ?").param(tooShort.closesOn()).param(draft.id())
			.update();
		assertThat(mvc.post().uri("/work/consultations/{id}/open", draft.id()).with(csrf()).with(as("leader")))
			.hasStatus3xxRedirection().flash().containsKey("error");
		assertThat(mvc.get().uri("/work/consultations/{id}", draft.id()).with(as("leader"))).hasStatusOk().bodyText()
			.contains("Đang soạn");
		assertThatThrownBy(() -> consultations.open(draft.id(), user("leader")))
			.isInstanceOf(InvalidRequestException.class).hasMessage("consultation.period.too-short");
	}

	private String comment(UUID id, String kind, String name, String organisation, String contact, String text,
			String key) {
		MvcTestResult sent = mvc.post().uri("/consultations/{id}/comments", id).with(csrf())
			.param("commenterKind", kind).param("name", name).param("organisationName", organisation)
			.param("contact", contact).param("clause", "Điều 3").param("text", text).param("submissionKey", key)
			.exchange();
		assertThat(sent).hasStatus3xxRedirection();
		String location = sent.getResponse().getRedirectedUrl();
		assertThat(location).contains("commented=GY");
		return location.substring(location.indexOf("commented=") + "commented=".length());
	}

	private CurrentUser user(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
