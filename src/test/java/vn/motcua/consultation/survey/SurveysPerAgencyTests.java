package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ListCards;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * A province's installation serves several agencies: the officers of a second agency (Sở Xây dựng)
 * prepare, open, read and close their own agency's surveys, and its desk enters their paper forms, as
 * the home agency's officers and desk do theirs; neither finds the other's (404, as for a petition of
 * another agency); the portal lists both agencies' surveys, each with its agency named.
 */
@WebTest
class SurveysPerAgencyTests {

	private static final String HOME = "Sở Công Thương tỉnh Quảng Ngãi";
	private static final String OTHER = "Sở Xây dựng tỉnh Quảng Ngãi";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	SurveyManagement surveys;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;

	@Test
	void theOfficersOfASecondAgencyRunTheirAgencysOwnSurveysAndNeverSeeTheHomeAgencys() {
		AnotherAgency other = AnotherAgency.create(organization);
		String specialist = other.officer(Role.SPECIALIST);
		String head = other.officer(Role.UNIT_HEAD);
		String inspector = other.officer(Role.PEOPLES_INSPECTOR);

		String page = OfficerPages.redirect(mvc.post().uri("/work/surveys").with(csrf()).with(OfficerPages.as(specialist))
			.param("title", "Khảo sát xây dựng " + UUID.randomUUID()).param("purpose", "Ý kiến về cấp phép xây dựng")
			.param("audience", "PUBLIC").param("areas", "Xã A").param("opensOn", SurveyFixtures.today().toString())
			.param("closesOn", SurveyFixtures.today().plusDays(30).toString()).exchange());
		Survey prepared = surveys.find(UUID.fromString(page.substring(page.lastIndexOf('/') + 1)));
		assertThat(prepared.agencyCode()).as("prepared for the specialist's own agency").isEqualTo(other.agency().code());
		Survey theirs = SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Xây dựng " + UUID.randomUUID()),
				signedIn(head));
		assertThat(theirs.agencyCode()).isEqualTo(other.agency().code());
		Survey home = SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Công thương " + UUID.randomUUID()),
				signedIn("unithead"));

		for (String officer : new String[] { specialist, head, inspector }) {
			assertThat(mvc.get().uri("/work/surveys").with(OfficerPages.as(officer))).as(officer).hasStatusOk().bodyText()
				.contains(prepared.title(), theirs.title()).doesNotContain(home.title());
		}
		assertThat(mvc.get().uri("/work/surveys").with(OfficerPages.as("unithead"))).hasStatusOk().bodyText()
			.contains(home.title()).doesNotContain(theirs.title(), prepared.title());

		String homePage = "/work/surveys/" + home.id();
		assertThat(mvc.get().uri(homePage).with(OfficerPages.as(head))).hasStatus(404);
		assertThat(mvc.get().uri(homePage + "/results").with(OfficerPages.as(inspector))).hasStatus(404);
		assertThat(mvc.post().uri(homePage + "/close").with(csrf()).with(OfficerPages.as(head))).hasStatus(404);
		assertThat(mvc.get().uri("/work/surveys/{id}", theirs.id()).with(OfficerPages.as("leader"))).hasStatus(404);
		assertThat(mvc.post().uri("/work/surveys/{id}/close", theirs.id()).with(csrf()).with(OfficerPages.as("leader")))
			.hasStatus(404);
		assertThat(mvc.post().uri("/work/surveys/{id}/close", theirs.id()).with(csrf()).with(OfficerPages.as(specialist)))
			.as("a specialist prepares, a unit head closes").hasStatus(403);
		assertThat(mvc.get().uri("/work/surveys/{id}/results", theirs.id()).with(OfficerPages.as(inspector)))
			.hasStatusOk();
		assertThat(surveys.officerSurvey(home.id(), signedIn("unithead")).status()).isEqualTo(SurveyStatus.OPEN);
	}

	@Test
	void eachAgencysDeskEntersThePaperFormsOfItsOwnAgencysSurveysOnly() {
		AnotherAgency other = AnotherAgency.create(organization);
		String desk = other.officer(Role.RECEPTION_OFFICER);
		CurrentUser head = other.signedIn(accounts, Role.UNIT_HEAD);
		Survey theirs = SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Quầy " + UUID.randomUUID()), head);
		Survey home = SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Quầy Sở " + UUID.randomUUID()),
				signedIn("leader"));

		assertThat(mvc.get().uri("/work/surveys/paper").with(OfficerPages.as(desk))).hasStatusOk().bodyText()
			.contains(theirs.title()).doesNotContain(home.title());
		assertThat(mvc.get().uri("/work/surveys/paper").with(OfficerPages.as("desk"))).hasStatusOk().bodyText()
			.contains(home.title()).doesNotContain(theirs.title());
		assertThat(paperForm(desk, theirs)).hasRedirectedUrl("/work/surveys/" + theirs.id() + "/paper");
		assertThat(paperForm(desk, home)).hasStatus(404);
		assertThat(paperForm("desk", theirs)).hasStatus(404);
		assertThat(mvc.get().uri("/work/surveys").with(OfficerPages.as(desk))).as("the desk reads no survey").hasStatus(403);

		assertThat(surveys.results(theirs.id(), head).responses()).isEqualTo(1);
		assertThat(surveys.results(home.id(), signedIn("leader")).responses()).isZero();
	}

	@Test
	void thePortalListsBothAgencysSurveysEachWithItsAgencyNamed() throws Exception {
		// opening years ahead, so that they head the list, the latest opening first
		LocalDate opensOn = SurveyFixtures.today().plusDays(3000 + ThreadLocalRandom.current().nextInt(1000));
		AnotherAgency other = AnotherAgency.create(organization);
		Survey theirs = SurveyFixtures.opened(surveys, aLaterSurvey("Xây dựng", opensOn),
				other.signedIn(accounts, Role.UNIT_HEAD));
		Survey home = SurveyFixtures.opened(surveys, aLaterSurvey("Công thương", opensOn), signedIn("unithead"));

		String list = mvc.get().uri("/surveys").exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains(theirs.title(), home.title());
		assertThat(ListCards.of(list, theirs.title())).contains("Cơ quan khảo sát: " + OTHER);
		assertThat(ListCards.of(list, home.title())).contains("Cơ quan khảo sát: " + HOME);
		assertThat(mvc.get().uri("/surveys/{id}", theirs.id())).hasStatusOk().bodyText().contains(OTHER);

		Survey open = SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Mở " + UUID.randomUUID()),
				other.signedIn(accounts, Role.AGENCY_LEADER));
		assertThat(mvc.get().uri("/api/v1/surveys/{id}", open.id())).hasStatusOk().bodyJson()
			.extractingPath("$.agencyCode").isEqualTo(other.agency().code());
	}

	private static SurveySettings aLaterSurvey(String title, LocalDate opensOn) {
		return new SurveySettings(title + " " + UUID.randomUUID(), "Ý kiến về chất lượng phục vụ",
				SurveyAudience.BUSINESSES, SurveyFixtures.AREAS, opensOn, opensOn.plusMonths(1), true);
	}

	private CurrentUser signedIn(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}

	private MvcTestResult paperForm(String user, Survey survey) {
		return mvc.post().uri("/work/surveys/{id}/paper", survey.id()).with(csrf()).with(OfficerPages.as(user))
			.param("submissionKey", UUID.randomUUID().toString()).param("area", SurveyFixtures.AREAS.get(0))
			.param("answer-0", "1").param("answer-2", "4").exchange();
	}
}
