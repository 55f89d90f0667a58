package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * The officers' pages of a draft for comment driven through their forms as an officer would: the
 * new draft's form refused at its field and then saved, edited, opened by a unit head, commented on
 * by a visitor, every comment decided after the closing day and the synthesis published; the
 * inspection board only reads, and an officer of another agency neither reads nor changes it.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ConsultationWorkPagesTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	OrganizationManagement organization;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aTooShortPeriodIsRefusedAtItsFieldWithNothingSavedAndTheFilesToAttachAgain() {
		String title = "Quy định chợ " + UUID.randomUUID();
		assertThat(mvc.get().uri("/work/consultations/new").with(OfficerPages.as("specialist"))).hasStatusOk();

		assertThat(draftForm("/work/consultations", title, 10)).hasStatusOk().bodyText()
			.contains("id=\"closesOn-error\">Thời hạn lấy ý kiến tối thiểu là 60 ngày")
			.as("the summary at the top links to the field").contains("<a href=\"#closesOn\">Thời hạn lấy ý kiến tối thiểu")
			.containsPattern("aria-invalid=\"true\"\\s+aria-describedby=\"closesOn-error\"")
			.contains("id=\"draftFiles-again\">Tệp đã chọn chưa được lưu")
			.contains("value=\"" + title + "\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation WHERE title = ?").param(title).query(Long.class).single())
			.as("nothing saved").isZero();
	}

	@Test
	void preparedEditedOpenedCommentedDecidedAndTheSynthesisPublishedThroughTheForms() {
		String title = "Quy định chợ " + UUID.randomUUID();
		String draft = OfficerPages.redirect(draftForm("/work/consultations", title, 60));
		assertThat(draft).endsWith("?done=prepared");
		String page = draft.substring(0, draft.indexOf('?'));
		UUID id = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));

		assertThat(mvc.get().uri(page + "/edit").with(OfficerPages.as("specialist"))).hasStatusOk().bodyText()
			.contains("value=\"" + title + "\"").contains("du-thao.pdf");
		assertThat(draftForm(page, title + " (sửa)", 61)).hasRedirectedUrl(page + "?done=edited");
		assertThat(mvc.post().uri(page + "/open").with(csrf()).with(OfficerPages.as("specialist"))).hasStatus(403);
		assertThat(mvc.post().uri(page + "/open").with(csrf()).with(OfficerPages.as("unithead")))
			.hasRedirectedUrl(page + "?done=opened");

		assertThat(mvc.post().uri("/consultations/{id}/comments", id).with(csrf()).param("commenterKind", "INDIVIDUAL")
			.param("name", "Trần Văn Góp").param("contact", "0905111222").param("clause", "Điều 3")
			.param("text", "Nên bổ sung quy định về bãi đỗ xe").param("submissionKey", UUID.randomUUID().toString()))
			.hasStatus3xxRedirection();
		String code = jdbc.sql("SELECT code FROM consultation_comment WHERE consultation_id = ?").param(id)
			.query(String.class).single();

		clock.advance(Duration.ofDays(63));
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).hasStatusOk().bodyText()
			.contains(title + " (sửa)").contains("/comments/" + code + "/decision")
			.as("the explanation is published with the comment, and its field says so (decision 0031)")
			.contains("aria-describedby=\"" + code + "-explanation-public\"")
			.contains("Nội dung này được công bố trong bản tổng hợp cùng ý kiến góp ý: không ghi họ tên");
		assertThat(OfficerPages.followed(mvc, "unithead", mvc.post().uri(page + "/synthesis").with(csrf())
			.with(OfficerPages.as("unithead")).exchange())).hasStatusOk().bodyText()
			.contains("Còn 1 ý kiến chưa có nội dung tiếp thu, giải trình.");
		assertThat(mvc.post().uri(page + "/comments/{code}/decision", code).with(csrf())
			.with(OfficerPages.as("specialist")).param("decision", "PARTLY_ACCEPTED")
			.param("explanation", "Bổ sung tại Điều 3 khoản 2")).hasRedirectedUrl(page + "?done=decided");
		assertThat(mvc.post().uri(page + "/synthesis").with(csrf()).with(OfficerPages.as("unithead")))
			.hasRedirectedUrl(page + "?done=synthesis-published");

		assertThat(mvc.get().uri("/consultations/{id}", id)).hasStatusOk().bodyText()
			.contains("id=\"synthesis-title\"").contains(code).contains("Nên bổ sung quy định về bãi đỗ xe")
			.contains("Bổ sung tại Điều 3 khoản 2").doesNotContain("Trần Văn Góp").doesNotContain("0905111222");
	}

	@Test
	void theInspectorReadsEveryOfficerPageAndChangesNothing() {
		String draft = OfficerPages.redirect(draftForm("/work/consultations", "Quy định " + UUID.randomUUID(), 60));
		String page = draft.substring(0, draft.indexOf('?'));
		assertThat(mvc.get().uri("/work/consultations").with(OfficerPages.as("inspector"))).hasStatusOk();
		assertThat(mvc.get().uri(page).with(OfficerPages.as("inspector"))).hasStatusOk();
		assertThat(mvc.get().uri(page + "/files/0").with(OfficerPages.as("inspector"))).hasStatusOk();
		for (String path : new String[] { "/work/consultations", page, page + "/open", page + "/extension",
				page + "/synthesis", page + "/comments/GY-0/decision" }) {
			assertThat(mvc.post().uri(path).with(csrf()).with(OfficerPages.as("inspector")).param("decision", "ACCEPTED"))
				.as(path).hasStatus(403);
		}
	}

	@Test
	void anOfficerOfAnotherAgencyNeitherReadsNorChangesIt() {
		String draft = OfficerPages.redirect(draftForm("/work/consultations", "Quy định " + UUID.randomUUID(), 60));
		String page = draft.substring(0, draft.indexOf('?'));
		String other = OfficerPages.officerOfAnotherAgency(organization, Role.UNIT_HEAD);
		assertThat(mvc.get().uri(page).with(OfficerPages.as(other))).hasStatus(404);
		assertThat(mvc.get().uri(page + "/edit").with(OfficerPages.as(other))).hasStatus(404);
		assertThat(mvc.get().uri(page + "/files/0").with(OfficerPages.as(other))).hasStatus(404);
		assertThat(mvc.get().uri("/work/consultations").with(OfficerPages.as(other))).bodyText()
			.doesNotContain(page);
		assertThat(mvc.post().uri(page + "/open").with(csrf()).with(OfficerPages.as(other))).hasStatus(404);
		assertThat(draftFormAs(other, page, "Sửa trái phép", 60)).hasStatus(404);
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).bodyText().doesNotContain("Sửa trái phép");
	}

	private MvcTestResult draftForm(String action, String title, int days) {
		return draftFormAs("specialist", action, title, days);
	}

	/** The draft form as the browser sends it: every field, and a small PDF in the file input. */
	private MvcTestResult draftFormAs(String user, String action, String title, int days) {
		LocalDate today = ConsultationFixtures.today(clock);
		return mvc.post().uri(action).multipart()
			.file(new MockMultipartFile("draftFiles", "du-thao.pdf", "application/pdf", TestFiles.pdf(title)))
			.param("title", title).param("documentType", "PLAN").param("summary", "Quy định quản lý chợ trên địa bàn tỉnh")
			.param("draftingUnit", "Phòng Quản lý Thương mại").param("audience", "PUBLIC")
			.param("opensOn", today.toString()).param("closesOn", today.plusDays(days).toString())
			.with(csrf()).with(OfficerPages.as(user)).exchange();
	}
}
