package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.ListStatements;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The public list of surveys reads a page, not every survey: its statements do not grow with the
 * surveys, and its pages, followed by their links, hold the opened and announced surveys but never a
 * staff survey or one in preparation.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class SurveyListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SurveyManagement surveys;

	@Autowired
	AccountManagement accounts;

	@Test
	void thePublicListReadsAPageWhateverTheSurveys() {
		ListStatements.assertFlat("/surveys", () -> mvc.get().uri("/surveys").exchange(),
				() -> opened(SurveyFixtures.aPublicSurvey("Thêm " + UUID.randomUUID())));
	}

	@Test
	void itsPagesHoldThePortalsSurveysOnly() {
		Survey open = opened(SurveyFixtures.aPublicSurvey("Công khai " + UUID.randomUUID()));
		Survey upcoming = opened(new SurveySettings("Sắp mở " + UUID.randomUUID(), "", SurveyAudience.CITIZENS,
				SurveyFixtures.AREAS, SurveyFixtures.today().plusDays(2), SurveyFixtures.today().plusDays(9), false));
		Survey staff = opened(SurveyFixtures.aStaffSurvey("Nội bộ " + UUID.randomUUID()));
		Survey prepared = surveys.prepare(SurveyFixtures.aPublicSurvey("Đang soạn " + UUID.randomUUID()), leader());

		String pages = PagedResponses.allPages(mvc, "/surveys", anonymous());
		assertThat(pages).contains(open.title()).contains(upcoming.title()).contains("Chưa đến ngày nhận ý kiến")
			.doesNotContain(staff.title()).doesNotContain(prepared.title());
	}

	private Survey opened(SurveySettings settings) {
		return SurveyFixtures.opened(surveys, settings, leader());
	}

	private CurrentUser leader() {
		return DemoAccounts.signedIn(accounts, "leader");
	}
}
