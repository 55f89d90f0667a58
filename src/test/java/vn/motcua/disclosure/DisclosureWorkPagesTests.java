package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditTrail;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * The officers' pages of publications driven through their forms as an officer would: a too-short
 * period refused at its field with nothing saved, a draft saved, edited and published by a unit
 * head; a staff publication read and confirmed by the desk, the leader seeing who read it and who
 * has not; a correction prepared from the published text and published, and a withdrawal refused
 * without its reason, then done.
 */
@WebTest
class DisclosureWorkPagesTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	Clock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	AuditTrail audit;

	@Test
	void aTooShortPeriodIsRefusedAtItsFieldWithNothingSavedAndTheFilesToAttachAgain() {
		String title = "Kế hoạch " + UUID.randomUUID();
		assertThat(mvc.get().uri("/work/disclosures/new").with(OfficerPages.as("specialist"))).hasStatusOk()
			.bodyText().contains("value=\"ASSET_DECLARATION\"");
		assertThat(form("specialist", "/work/disclosures", title, "BUDGET", "PUBLIC", 29)).hasStatusOk().bodyText()
			.contains("id=\"postedUntil-error\">Thời hạn công khai tối thiểu của nội dung này là 30 ngày")
			.contains("id=\"files-again\">Tệp đã chọn chưa được lưu").contains("value=\"" + title + "\"");
		assertThat(form("specialist", "/work/disclosures", title, "ASSET_DECLARATION", "PUBLIC", 30)).hasStatusOk()
			.bodyText().contains("id=\"audience-error\">Nội dung này không được công khai cho đối tượng đã chọn");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE title = ?").param(title).query(Long.class).single())
			.as("nothing saved").isZero();
	}

	@Test
	void preparedEditedPublishedAndReadWithTheLeaderSeeingWhoReadIt() {
		String title = "Bồi dưỡng " + UUID.randomUUID();
		String saved = OfficerPages.redirect(form("specialist", "/work/disclosures", title, "TRAINING", "STAFF", 30));
		assertThat(saved).endsWith("?done=prepared");
		String page = saved.substring(0, saved.indexOf('?'));
		assertThat(mvc.get().uri(page + "/edit").with(OfficerPages.as("specialist"))).hasStatusOk().bodyText()
			.contains("value=\"" + title + "\"").contains("ke-hoach.pdf");
		assertThat(form("specialist", page, title + " (sửa)", "TRAINING", "STAFF", 31)).hasRedirectedUrl(page + "?done=edited");
		assertThat(mvc.post().uri(page + "/publication").with(csrf()).with(OfficerPages.as("unithead")))
			.hasRedirectedUrl(page + "?done=published");

		assertThat(mvc.get().uri(page).with(OfficerPages.as("desk"))).hasStatusOk().bodyText()
			.contains(title + " (sửa)").contains("Xác nhận đã xem").doesNotContain("Cán bộ, công chức đã xem");
		assertThat(mvc.post().uri(page + "/reading").with(csrf()).with(OfficerPages.as("desk")))
			.hasRedirectedUrl(page + "?done=read");
		assertThat(mvc.post().uri(page + "/reading").with(csrf()).with(OfficerPages.as("desk")))
			.as("a second confirmation records nothing more").hasRedirectedUrl(page + "?done=read");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("desk"))).bodyText()
			.contains("Bạn đã xác nhận đã xem thông tin này.").doesNotContain("/reading");
		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as("desk"))).bodyText().as("its line says read")
			.containsPattern(Pattern.quote(title + " (sửa)") + "</a></td>(\\s*<td>[^<]*</td>){3}\\s*<td>Đã xem</td>");
		audit.seal();
		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE record_id = ? AND action = 'disclosure.read'")
			.param(page.substring(page.lastIndexOf('/') + 1)).query(String.class).list()).containsExactly("desk");

		long officers = jdbc.sql("SELECT COUNT(*) FROM officer WHERE agency_id = (SELECT agency_id FROM disclosure WHERE title = ?)")
			.param(title + " (sửa)").query(Long.class).single();
		assertThat(mvc.get().uri(page).with(OfficerPages.as("leader"))).hasStatusOk().bodyText()
			.contains("Cán bộ, công chức đã xem: 1/" + officers).contains("Đã xem (1)")
			.contains("Chưa xem (" + (officers - 1) + ")").contains("Lê Thị Hồng").contains("Phạm Văn Minh");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("unithead"))).as("the publisher").bodyText()
			.contains("Cán bộ, công chức đã xem: 1/");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).as("neither publisher nor leader")
			.bodyText().doesNotContain("Cán bộ, công chức đã xem");
	}

	@Test
	void aCorrectionIsPreparedFromThePublishedTextAndAWithdrawalNeedsItsReason() {
		String title = "Kế hoạch " + UUID.randomUUID();
		String saved = OfficerPages.redirect(form("specialist", "/work/disclosures", title, "BUDGET", "PUBLIC", 30));
		String page = saved.substring(0, saved.indexOf('?'));
		assertThat(mvc.post().uri(page + "/publication").with(csrf()).with(OfficerPages.as("leader")))
			.hasRedirectedUrl(page + "?done=published");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).bodyText().contains(page + "/replacement")
			.doesNotContain(page + "/edit");

		assertThat(mvc.get().uri(page + "/replacement").with(OfficerPages.as("specialist"))).hasStatusOk().bodyText()
			.contains("value=\"" + title + "\"");
		String correction = OfficerPages.redirect(form("specialist", page + "/replacement", title + " (đính chính)",
				"BUDGET", "PUBLIC", 30));
		String correctionPage = correction.substring(0, correction.indexOf('?'));
		assertThat(mvc.post().uri(correctionPage + "/publication").with(csrf()).with(OfficerPages.as("unithead")))
			.hasRedirectedUrl(correctionPage + "?done=published");
		assertThat(mvc.get().uri(page).with(OfficerPages.as("specialist"))).bodyText().contains("Đã được thay thế")
			.contains("href=\"" + correctionPage + "\"");

		assertThat(OfficerPages.followed(mvc, "leader", mvc.post().uri(correctionPage + "/withdrawal").with(csrf())
			.with(OfficerPages.as("leader")).param("reason", " ").exchange())).hasStatusOk().bodyText()
			.contains("Vui lòng nhập thông tin này.");
		assertThat(mvc.post().uri(correctionPage + "/withdrawal").with(csrf()).with(OfficerPages.as("leader"))
			.param("reason", "Công bố nhầm số liệu")).hasRedirectedUrl(correctionPage + "?done=withdrawn");
		assertThat(mvc.get().uri(correctionPage).with(OfficerPages.as("specialist"))).bodyText()
			.contains("Công bố nhầm số liệu (người rút lại: leader)");
	}

	/** The publication's form as the browser sends it: every field, and a small PDF in the file input. */
	private MvcTestResult form(String user, String action, String title, String category, String audience, int days) {
		LocalDate today = DisclosureFixtures.today(clock);
		return mvc.post().uri(action).multipart()
			.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf", TestFiles.pdf(title)))
			.param("title", title).param("category", category).param("audience", audience)
			.param("body", "Nội dung công khai theo quy định").param("postedFrom", today.toString())
			.param("postedUntil", today.plusDays(days - 1L).toString()).with(csrf()).with(OfficerPages.as(user))
			.exchange();
	}
}
