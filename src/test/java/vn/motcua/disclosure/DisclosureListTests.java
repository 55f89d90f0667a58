package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.ListStatements;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The lists of publications read a page, not every publication: their statements do not grow with
 * the publications, and their pages, followed by their links, hold what each reader may see.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class DisclosureListTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	MutableClock clock;

	@Test
	void thePublicListAndTheApiReadAPageWhateverThePublications() {
		ListStatements.assertFlat("/disclosures", () -> mvc.get().uri("/disclosures").exchange(), this::publishOne);
		ListStatements.assertFlat("/api/v1/disclosures", () -> mvc.get().uri("/api/v1/disclosures").exchange(),
				this::publishOne);
		ListStatements.assertFlat("/work/disclosures",
				() -> mvc.get().uri("/work/disclosures").with(OfficerPages.as("desk")).exchange(), this::publishOne);
	}

	@Test
	void thePagesHoldThePublicPublicationsPostedOnly() {
		Disclosure posted = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aPublicBudget(clock, "Công khai " + UUID.randomUUID()));
		Disclosure upcoming = DisclosureFixtures.published(disclosures, accounts, new DisclosureContent(
				"Sắp công khai " + UUID.randomUUID(), "PLAN", DisclosureAudience.PUBLIC, "Kế hoạch năm sau",
				DisclosureFixtures.today(clock).plusDays(3), DisclosureFixtures.today(clock).plusDays(40)));
		Disclosure staff = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aStaffTraining(clock, "Nội bộ " + UUID.randomUUID()));
		Disclosure draft = disclosures.prepare(DisclosureFixtures.aPublicBudget(clock, "Đang soạn " + UUID.randomUUID()),
				DisclosureFixtures.aPdf(), DisclosureFixtures.user(accounts, "specialist"));

		String pages = PagedResponses.allPages(mvc, "/disclosures", anonymous());
		assertThat(pages).contains(posted.title()).doesNotContain(upcoming.title()).doesNotContain(staff.title())
			.doesNotContain(draft.title());
		assertThat(mvc.get().uri("/disclosures/{id}", upcoming.id())).as("not before its first day").hasStatus(404);
		assertThat(PagedResponses.allPages(mvc, "/work/disclosures", OfficerPages.as("desk"))).contains(posted.title())
			.contains(upcoming.title()).contains(staff.title()).doesNotContain(draft.title());
	}

	private void publishOne() {
		DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aPublicBudget(clock, "Thêm " + UUID.randomUUID()));
	}
}
