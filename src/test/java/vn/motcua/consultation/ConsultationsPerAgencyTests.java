package vn.motcua.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;


import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.NotFoundException;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ListCards;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * A province's installation serves several agencies: the officers of a second agency (Sở Xây dựng)
 * prepare, open and read their own agency's consultations as the home agency's officers do theirs;
 * neither finds the other's (404, as for a petition of another agency), nor comments on the other's
 * staff consultation; the portal lists both agencies' public drafts, each with its agency named.
 */
@WebTest
class ConsultationsPerAgencyTests {

	private static final String HOME = "Sở Công Thương tỉnh Quảng Ngãi";
	private static final String OTHER = "Sở Xây dựng tỉnh Quảng Ngãi";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	ConsultationManagement consultations;
	@Autowired
	ConsultationCommentIntake intake;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;

	@Test
	void theOfficersOfASecondAgencyPrepareAndOpenTheirAgencysOwnAndNeverSeeTheHomeAgencys() {
		AnotherAgency other = AnotherAgency.create(organization);
		String specialist = other.officer(Role.SPECIALIST);
		String head = other.officer(Role.UNIT_HEAD);
		String inspector = other.officer(Role.PEOPLES_INSPECTOR);
		String title = "Quy định xây dựng " + UUID.randomUUID();

		assertThat(mvc.get().uri("/work/consultations").with(OfficerPages.as(specialist))).hasStatusOk().bodyText()
			.as("the link to prepare one").contains("href=\"/work/consultations/new\"");
		String draft = OfficerPages.redirect(draftForm(specialist, title));
		assertThat(draft).endsWith("?done=prepared");
		String page = draft.substring(0, draft.indexOf('?'));
		UUID theirs = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("SELECT agency_code FROM consultation WHERE id = ?").param(theirs).query(String.class)
			.single()).as("prepared for the specialist's own agency").isEqualTo(other.agency().code());
		assertThat(mvc.post().uri(page + "/open").with(csrf()).with(OfficerPages.as(specialist))).hasStatus(403);
		assertThat(mvc.post().uri(page + "/open").with(csrf()).with(OfficerPages.as(head)))
			.hasRedirectedUrl(page + "?done=opened");

		Consultation home = consultations.prepare(ConsultationFixtures.aPublicDraft(clock, "Kế hoạch " + UUID.randomUUID()),
				ConsultationFixtures.aPdf(), user("specialist"));
		for (String officer : new String[] { specialist, head, inspector }) {
			assertThat(mvc.get().uri("/work/consultations").with(OfficerPages.as(officer))).as(officer).hasStatusOk()
				.bodyText().contains(title).doesNotContain(home.title());
		}
		assertThat(mvc.get().uri("/work/consultations").with(OfficerPages.as(inspector))).bodyText()
			.as("the inspection board prepares nothing").doesNotContain("href=\"/work/consultations/new\"");
		assertThat(mvc.get().uri("/work/consultations").with(OfficerPages.as("unithead"))).hasStatusOk().bodyText()
			.contains(home.title()).doesNotContain(title);

		String homePage = "/work/consultations/" + home.id();
		assertThat(mvc.get().uri(homePage).with(OfficerPages.as(head))).hasStatus(404);
		assertThat(mvc.post().uri(homePage + "/open").with(csrf()).with(OfficerPages.as(head))).hasStatus(404);
		assertThat(draftForm(specialist, homePage, "Sửa trái phép")).hasStatus(404);
		assertThat(mvc.get().uri(page).with(OfficerPages.as("leader"))).hasStatus(404);
		assertThat(mvc.post().uri(page + "/extension").with(csrf()).with(OfficerPages.as("leader"))
			.param("closesOn", ConsultationFixtures.today(clock).plusDays(90).toString())).hasStatus(404);
		assertThat(consultations.forOfficer(home.id(), user("specialist")).status()).isEqualTo(ConsultationStatus.PREPARING);
	}

	@Test
	void aStaffConsultationTakesTheCommentsOfItsOwnAgencysOfficersOnly() {
		AnotherAgency other = AnotherAgency.create(organization);
		CurrentUser head = other.signedIn(accounts, Role.UNIT_HEAD);
		CurrentUser desk = other.signedIn(accounts, Role.RECEPTION_OFFICER);
		Consultation theirs = consultations.open(consultations.prepare(
				ConsultationFixtures.aStaffDraft(clock, "Quy chế " + UUID.randomUUID()), ConsultationFixtures.aPdf(),
				head).id(), head);

		assertThat(intake.comment(theirs.id(), aComment(desk), desk, null).consultationId()).isEqualTo(theirs.id());
		CurrentUser homeOfficer = user("specialist");
		assertThatThrownBy(() -> consultations.forReader(theirs.id(), homeOfficer)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> intake.comment(theirs.id(), aComment(homeOfficer), homeOfficer, null))
			.isInstanceOf(NotFoundException.class);
		assertThat(mvc.get().uri("/consultations/{id}", theirs.id()).with(OfficerPages.as("specialist"))).hasStatus(404);
	}

	@Test
	void thePortalListsBothAgencysPublicDraftsEachWithItsAgencyNamed() throws Exception {
		// closing years ahead, so that they head the list, latest closing first
		LocalDate today = ConsultationFixtures.today(clock);
		LocalDate closesOn = today.plusDays(3000 + ThreadLocalRandom.current().nextInt(1000));
		AnotherAgency other = AnotherAgency.create(organization);
		CurrentUser theirHead = other.signedIn(accounts, Role.UNIT_HEAD);
		Consultation theirs = consultations.open(consultations.prepare(aLongPublicDraft("Xây dựng", closesOn),
				ConsultationFixtures.aPdf(), theirHead).id(), theirHead);
		Consultation home = consultations.open(consultations.prepare(aLongPublicDraft("Công thương", closesOn),
				ConsultationFixtures.aPdf(), user("specialist")).id(), user("unithead"));

		String list = mvc.get().uri("/consultations").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(theirs.title(), home.title());
		assertThat(ListCards.of(list, theirs.title())).contains("Cơ quan lấy ý kiến: " + OTHER);
		assertThat(ListCards.of(list, home.title())).contains("Cơ quan lấy ý kiến: " + HOME);
		assertThat(mvc.get().uri("/consultations/{id}", theirs.id())).hasStatusOk().bodyText().contains(OTHER);
		assertThat(mvc.get().uri("/api/v1/consultations")).hasStatusOk().bodyJson().extractingPath("$[*].agencyCode")
			.asArray().contains(other.agency().code(), organization.homeAgency().orElseThrow().code());
		assertThat(mvc.get().uri("/api/v1/consultations/{id}", theirs.id())).bodyJson().extractingPath("$.agencyCode")
			.isEqualTo(other.agency().code());
	}

	private DraftContent aLongPublicDraft(String title, LocalDate closesOn) {
		LocalDate today = ConsultationFixtures.today(clock);
		return new DraftContent(title + " " + UUID.randomUUID(), DraftDocumentType.PLAN, "Kế hoạch dài hạn",
				"Văn phòng", ConsultationAudience.PUBLIC, today, closesOn);
	}

	private static CommentSubmission aComment(CurrentUser officer) {
		return new CommentSubmission(CommenterKind.INDIVIDUAL, officer.displayName(), null, null, null,
				"Đề nghị bổ sung quy định", officer.accountId());
	}

	private CurrentUser user(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	private MvcTestResult draftForm(String user, String title) {
		return draftForm(user, "/work/consultations", title);
	}

	/** The draft form as the browser sends it: every field, and a small PDF in the file input. */
	private MvcTestResult draftForm(String user, String action, String title) {
		LocalDate today = ConsultationFixtures.today(clock);
		return mvc.post().uri(action).multipart()
			.file(new MockMultipartFile("draftFiles", "du-thao.pdf", "application/pdf", TestFiles.pdf(title)))
			.param("title", title).param("documentType", "REGULATION").param("summary", "Quy chế nội bộ")
			.param("draftingUnit", "Văn phòng Sở").param("audience", "STAFF")
			.param("opensOn", today.toString()).param("closesOn", today.plusDays(60).toString())
			.with(csrf()).with(OfficerPages.as(user)).exchange();
	}
}
