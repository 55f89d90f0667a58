package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ListCards;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.TestFiles;
import vn.motcua.testing.WebTest;

/**
 * A province's installation serves several agencies: the officers of a second agency (Sở Xây dựng)
 * prepare, publish and read their own agency's publications, and confirm reading its staff ones, as the
 * home agency's officers do theirs; neither finds the other's (404, as for a petition of another
 * agency); the portal lists both agencies' public publications, each with its agency named.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class DisclosuresPerAgencyTests {

	private static final String HOME = "Sở Công Thương tỉnh Quảng Ngãi";
	private static final String OTHER = "Sở Xây dựng tỉnh Quảng Ngãi";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DisclosureManagement disclosures;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theOfficersOfASecondAgencyPrepareAndPublishTheirAgencysOwnAndNeverSeeTheHomeAgencys() {
		AnotherAgency other = AnotherAgency.create(organization);
		String specialist = other.officer(Role.SPECIALIST);
		String head = other.officer(Role.UNIT_HEAD);
		String title = "Kế hoạch đào tạo " + UUID.randomUUID();

		String draft = OfficerPages.redirect(prepareForm(specialist, title));
		assertThat(draft).endsWith("?done=prepared");
		String page = draft.substring(0, draft.indexOf('?'));
		UUID theirs = UUID.fromString(page.substring(page.lastIndexOf('/') + 1));
		assertThat(jdbc.sql("SELECT agency_code FROM disclosure WHERE id = ?").param(theirs).query(String.class).single())
			.as("prepared for the specialist's own agency").isEqualTo(other.agency().code());
		assertThat(mvc.post().uri(page + "/publication").with(csrf()).with(OfficerPages.as(specialist)))
			.as("a specialist prepares, a unit head publishes").hasStatus(403);
		assertThat(mvc.post().uri(page + "/publication").with(csrf()).with(OfficerPages.as(head)))
			.hasRedirectedUrl(page + "?done=published");

		Disclosure home = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aStaffTraining(clock, "Đào tạo của Sở " + UUID.randomUUID()));
		Disclosure homeDraft = disclosures.prepare(DisclosureFixtures.aStaffTraining(clock, "Nháp " + UUID.randomUUID()),
				DisclosureFixtures.aPdf(), DisclosureFixtures.user(accounts, "specialist"));
		for (String officer : new String[] { specialist, head }) {
			assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as(officer))).as(officer).hasStatusOk()
				.bodyText().contains(title).doesNotContain(home.title(), homeDraft.title());
		}
		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as("unithead"))).hasStatusOk().bodyText()
			.contains(home.title(), homeDraft.title()).doesNotContain(title);

		for (UUID homes : new UUID[] { home.id(), homeDraft.id() }) {
			String homePage = "/work/disclosures/" + homes;
			assertThat(mvc.get().uri(homePage).with(OfficerPages.as(head))).as(homePage).hasStatus(404);
			assertThat(mvc.post().uri(homePage + "/publication").with(csrf()).with(OfficerPages.as(head))).hasStatus(404);
			assertThat(mvc.post().uri(homePage + "/withdrawal").with(csrf()).with(OfficerPages.as(head))
				.param("reason", "Trái phép")).hasStatus(404);
			assertThat(mvc.post().uri(homePage + "/reading").with(csrf()).with(OfficerPages.as(specialist)))
				.hasStatus(404);
		}
		assertThat(mvc.get().uri(page).with(OfficerPages.as("leader"))).hasStatus(404);
		assertThat(mvc.post().uri(page + "/withdrawal").with(csrf()).with(OfficerPages.as("leader"))
			.param("reason", "Trái phép")).hasStatus(404);
		assertThat(disclosures.forOfficer(home.id(), DisclosureFixtures.user(accounts, "leader")).status())
			.isEqualTo(DisclosureStatus.PUBLISHED);
	}

	@Test
	void theReadConfirmationsOfAStaffPublicationAreThoseOfThePublishingAgencysOfficersOnly() {
		AnotherAgency other = AnotherAgency.create(organization);
		CurrentUser specialist = other.signedIn(accounts, Role.SPECIALIST);
		CurrentUser head = other.signedIn(accounts, Role.UNIT_HEAD);
		Disclosure theirs = disclosures.publish(disclosures.prepare(
				DisclosureFixtures.aStaffTraining(clock, "Đào tạo " + UUID.randomUUID()), DisclosureFixtures.aPdf(),
				specialist).id(), head);

		assertThat(mvc.post().uri("/work/disclosures/{id}/reading", theirs.id()).with(csrf())
			.with(OfficerPages.as(specialist.username()))).hasRedirectedUrl("/work/disclosures/" + theirs.id() + "?done=read");
		assertThat(mvc.post().uri("/work/disclosures/{id}/reading", theirs.id()).with(csrf())
			.with(OfficerPages.as("specialist"))).as("an officer of the home agency").hasStatus(404);

		Readership readership = disclosures.readership(theirs, head).orElseThrow();
		assertThat(readership.read()).as("their specialist").hasSize(1);
		assertThat(readership.notRead()).as("their unit head, and none of the home agency's officers").hasSize(1);
		assertThat(disclosures.hasRead(theirs, specialist)).isTrue();
	}

	@Test
	void thePortalListsBothAgencysPublicPublicationsEachWithItsAgencyNamed() throws Exception {
		// a day of a year of their own, so that the year's list holds this test's publications only
		LocalDate day = LocalDate.of(2040 + ThreadLocalRandom.current().nextInt(50), 3, 2);
		clock.set(day.atTime(LocalTime.NOON).atZone(VietnamTime.ZONE).toInstant());
		AnotherAgency other = AnotherAgency.create(organization);
		Disclosure theirs = disclosures.publish(disclosures.prepare(
				DisclosureFixtures.aPublicBudget(clock, "Dự toán xây dựng " + UUID.randomUUID()),
				DisclosureFixtures.aPdf(), other.signedIn(accounts, Role.SPECIALIST)).id(),
				other.signedIn(accounts, Role.AGENCY_LEADER));
		Disclosure home = DisclosureFixtures.published(disclosures, accounts,
				DisclosureFixtures.aPublicBudget(clock, "Dự toán công thương " + UUID.randomUUID()));

		String list = mvc.get().uri("/disclosures?year={year}", day.getYear()).exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(theirs.title(), home.title());
		assertThat(ListCards.of(list, theirs.title())).contains("Cơ quan công khai: " + OTHER);
		assertThat(ListCards.of(list, home.title())).contains("Cơ quan công khai: " + HOME);
		assertThat(mvc.get().uri("/disclosures/{id}", theirs.id())).hasStatusOk().bodyText().contains(OTHER);
		assertThat(mvc.get().uri("/api/v1/disclosures?year={year}", day.getYear())).hasStatusOk().bodyJson()
			.extractingPath("$[*].agencyCode").asArray()
			.contains(other.agency().code(), organization.homeAgency().orElseThrow().code());
		assertThat(mvc.get().uri("/api/v1/disclosures/{id}", theirs.id())).bodyJson().extractingPath("$.agencyCode")
			.isEqualTo(other.agency().code());
	}

	private MvcTestResult prepareForm(String user, String title) {
		LocalDate today = DisclosureFixtures.today(clock);
		return mvc.post().uri("/work/disclosures").multipart()
			.file(new MockMultipartFile("files", "ke-hoach.pdf", "application/pdf", TestFiles.pdf(title)))
			.param("title", title).param("category", "TRAINING").param("audience", "STAFF")
			.param("body", "Cử 3 công chức dự lớp bồi dưỡng").param("postedFrom", today.toString())
			.param("postedUntil", today.plusDays(29).toString()).with(csrf()).with(OfficerPages.as(user)).exchange();
	}
}
