package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * Who reaches what: visitors and citizens never reach the officers' pages; a specialist prepares but
 * neither publishes nor withdraws; a draft is seen only by those who prepare and the inspection
 * board, which reads everything and changes nothing; a staff publication and a draft do not exist
 * for the public, on the pages and in the API; an officer of another agency finds none of them.
 */
@WebTest
class DisclosureAccessTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	Clock clock;

	@Test
	void visitorsAndCitizensNeverReachTheOfficersPages() {
		Disclosure draft = prepared(DisclosureFixtures.aPublicBudget(clock, "Dự toán " + UUID.randomUUID()));
		assertThat(mvc.get().uri("/work/disclosures")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id())).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as(DemoAccounts.CITIZEN))).hasStatus(403);
		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(OfficerPages.as(DemoAccounts.CITIZEN)))
			.hasStatus(403);
		assertThat(mvc.post().uri("/work/disclosures/{id}/publication", draft.id()).with(csrf())
			.with(OfficerPages.as(DemoAccounts.CITIZEN))).hasStatus(403);
	}

	@Test
	void onlyAUnitHeadOrTheLeaderPublishesAndWithdrawsAndOnlyThoseWhoPrepareEdit() {
		Disclosure draft = prepared(DisclosureFixtures.aPublicBudget(clock, "Dự toán " + UUID.randomUUID()));
		for (String officer : new String[] { "specialist", "desk", "records", "inspector" }) {
			assertThat(mvc.post().uri("/work/disclosures/{id}/publication", draft.id()).with(csrf())
				.with(OfficerPages.as(officer))).as(officer).hasStatus(403);
		}
		assertThat(mvc.get().uri("/work/disclosures/new").with(OfficerPages.as("desk"))).hasStatus(403);
		assertThat(mvc.get().uri("/work/disclosures/{id}/edit", draft.id()).with(OfficerPages.as("records")))
			.hasStatus(403);
		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(OfficerPages.as("desk")))
			.as("a draft is not the desk's to see").hasStatus(404);
		assertThat(mvc.post().uri("/work/disclosures/{id}/publication", draft.id()).with(csrf())
			.with(OfficerPages.as("unithead"))).hasRedirectedUrl("/work/disclosures/" + draft.id() + "?done=published");
		assertThat(mvc.post().uri("/work/disclosures/{id}/withdrawal", draft.id()).with(csrf())
			.with(OfficerPages.as("specialist")).param("reason", "Nhầm")).hasStatus(403);
		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(OfficerPages.as("desk"))).hasStatusOk();
	}

	@Test
	void theInspectorReadsDraftsWithdrawnOnesAndWhoReadAndChangesNothing() {
		Disclosure draft = prepared(DisclosureFixtures.aStaffTraining(clock, "Đào tạo " + UUID.randomUUID()));
		Disclosure withdrawn = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aStaffTraining(clock, "Đào tạo " + UUID.randomUUID()));
		disclosures.confirmRead(withdrawn.id(), DisclosureFixtures.user(accounts, "desk"));
		disclosures.withdraw(withdrawn.id(), "Kế hoạch được thay đổi", DisclosureFixtures.user(accounts, "leader"));

		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as("inspector"))).hasStatusOk().bodyText()
			.contains(draft.title()).contains(withdrawn.title());
		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(OfficerPages.as("inspector"))).hasStatusOk()
			.bodyText().doesNotContain("/publication").doesNotContain("/edit");
		assertThat(mvc.get().uri("/work/disclosures/{id}/files/0", draft.id()).with(OfficerPages.as("inspector")))
			.hasStatusOk();
		assertThat(mvc.get().uri("/work/disclosures/{id}", withdrawn.id()).with(OfficerPages.as("inspector")))
			.hasStatusOk().bodyText().contains("Kế hoạch được thay đổi").contains("Cán bộ, công chức đã xem: 1/")
			.contains("Lê Thị Hồng");
		String[] paths = { "/work/disclosures", "/work/disclosures/" + draft.id(),
				"/work/disclosures/" + draft.id() + "/publication", "/work/disclosures/" + draft.id() + "/withdrawal",
				"/work/disclosures/" + draft.id() + "/replacement", "/work/disclosures/" + draft.id() + "/reading" };
		for (String path : paths) {
			assertThat(mvc.post().uri(path).with(csrf()).with(OfficerPages.as("inspector")).param("reason", "Thử"))
				.as(path).hasStatus(403);
		}
		assertThat(mvc.get().uri("/work/disclosures/{id}/replacement", draft.id()).with(OfficerPages.as("inspector")))
			.hasStatus(403);
	}

	/**
	 * What nobody has confirmed publishing reaches the board masked (decision 0031): a draft's phone numbers,
	 * e-mail addresses and ID numbers, and a withdrawal's; whoever prepares it reads it whole.
	 */
	@Test
	void theInspectorReadsADraftsAndAWithdrawalsPersonalDataMasked() {
		String title = "Khen thưởng " + UUID.randomUUID();
		String phoneInTitle = "09" + String.valueOf(System.nanoTime()).substring(0, 8);
		Disclosure draft = prepared(new DisclosureContent(title + " (liên hệ " + phoneInTitle + ")", "TRAINING",
				DisclosureAudience.STAFF,
				"Ông Trần Văn Bình, CCCD 051090001234, điện thoại 0905 345 678, binh.tran@example.vn",
				DisclosureFixtures.today(clock), DisclosureFixtures.today(clock).plusDays(29)));
		Disclosure withdrawn = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aStaffTraining(clock, "Đào tạo " + UUID.randomUUID()));
		disclosures.withdraw(withdrawn.id(), "Theo đề nghị của bà Lan, gọi 0912 111 222",
				DisclosureFixtures.user(accounts, "leader"));

		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(OfficerPages.as("inspector"))).hasStatusOk()
			.bodyText().contains(title, "Ông Trần Văn Bình")
			.doesNotContain("051090001234", "0905 345 678", "binh.tran@example.vn", phoneInTitle);
		assertThat(mvc.get().uri("/work/disclosures/{id}", withdrawn.id()).with(OfficerPages.as("inspector")))
			.hasStatusOk().bodyText().contains("Theo đề nghị của bà Lan").doesNotContain("0912 111 222");
		assertThat(mvc.get().uri("/work/disclosures/{id}", draft.id()).with(OfficerPages.as("specialist"))).hasStatusOk()
			.bodyText().contains("051090001234", "0905 345 678", "binh.tran@example.vn");
		assertThat(mvc.get().uri("/work/disclosures/{id}", withdrawn.id()).with(OfficerPages.as("leader")))
			.hasStatusOk().bodyText().contains("0912 111 222");
		// the officers' list shows the draft's title as its page does
		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as("inspector"))).hasStatusOk()
			.bodyText().contains(title).doesNotContain(phoneInTitle);
		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as("specialist"))).hasStatusOk()
			.bodyText().contains(title + " (liên hệ " + phoneInTitle + ")");
	}

	@Test
	void aStaffPublicationAndADraftDoNotExistForThePublic() {
		Disclosure staff = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aStaffTraining(clock, "Đào tạo " + UUID.randomUUID()));
		Disclosure draft = prepared(DisclosureFixtures.aPublicBudget(clock, "Dự toán " + UUID.randomUUID()));
		for (Disclosure unseen : new Disclosure[] { staff, draft }) {
			assertThat(mvc.get().uri("/disclosures/{id}", unseen.id())).hasStatus(404);
			assertThat(mvc.get().uri("/disclosures/{id}", unseen.id()).with(OfficerPages.as(DemoAccounts.CITIZEN)))
				.hasStatus(404);
			assertThat(mvc.get().uri("/disclosures/{id}/files/0", unseen.id())).hasStatus(404);
			assertThat(mvc.get().uri("/api/v1/disclosures/{id}", unseen.id())).hasStatus(404);
		}
		assertThat(mvc.get().uri("/disclosures?category=TRAINING")).hasStatusOk().bodyText().doesNotContain(staff.title());
		assertThat(PagedResponses.allPages(mvc, "/api/v1/disclosures?size=200", anonymous()))
			.doesNotContain(staff.title()).doesNotContain(draft.title());
		assertThat(mvc.get().uri("/work/disclosures/{id}", staff.id()).with(OfficerPages.as("records"))).hasStatusOk()
			.bodyText().contains(staff.title()).contains("/reading");
	}

	@Test
	void anOfficerOfAnotherAgencyFindsNone() {
		Disclosure draft = prepared(DisclosureFixtures.aPublicBudget(clock, "Dự toán " + UUID.randomUUID()));
		Disclosure staff = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aStaffTraining(clock, "Đào tạo " + UUID.randomUUID()));
		String other = OfficerPages.officerOfAnotherAgency(organization, Role.AGENCY_LEADER);
		for (Disclosure unseen : new Disclosure[] { draft, staff }) {
			String page = "/work/disclosures/" + unseen.id();
			assertThat(mvc.get().uri(page).with(OfficerPages.as(other))).as(page).hasStatus(404);
			assertThat(mvc.get().uri(page + "/edit").with(OfficerPages.as(other))).hasStatus(404);
			assertThat(mvc.get().uri(page + "/files/0").with(OfficerPages.as(other))).hasStatus(404);
			assertThat(mvc.post().uri(page + "/reading").with(csrf()).with(OfficerPages.as(other))).hasStatus(404);
			assertThat(mvc.post().uri(page + "/withdrawal").with(csrf()).with(OfficerPages.as(other))
				.param("reason", "Trái phép")).hasStatus(404);
		}
		assertThat(mvc.post().uri("/work/disclosures/{id}/publication", draft.id()).with(csrf())
			.with(OfficerPages.as(other))).hasStatus(404);
		assertThat(disclosures.forOfficer(draft.id(), DisclosureFixtures.user(accounts, "specialist")).status())
			.isEqualTo(DisclosureStatus.DRAFT);
	}

	private Disclosure prepared(DisclosureContent content) {
		return disclosures.prepare(content, DisclosureFixtures.aPdf(), DisclosureFixtures.user(accounts, "specialist"));
	}
}
