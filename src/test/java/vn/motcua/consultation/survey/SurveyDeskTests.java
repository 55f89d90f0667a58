package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The one-stop desk, where paper forms are handed in, enters them for its agency's open surveys and
 * does nothing else with a survey: no builder, no opening or closing, no results or export (free text
 * may name a respondent); another agency's desk does not find the survey.
 */
@WebTest
class SurveyDeskTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	SurveyManagement surveys;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	AuditTrail audit;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theDeskFindsTheOpenSurveyAndEntersAPaperFormCountedAndAudited() {
		Survey survey = anOpenSurvey();
		assertThat(mvc.get().uri("/home").with(OfficerPages.as("desk"))).hasStatusOk().bodyText()
			.contains("href=\"/work/surveys/paper\"");
		assertThat(mvc.get().uri("/work/surveys/paper").with(OfficerPages.as("desk"))).hasStatusOk().bodyText()
			.contains(survey.title()).contains("/work/surveys/" + survey.id() + "/paper");
		assertThat(mvc.get().uri("/work/surveys/{id}/paper", survey.id()).with(OfficerPages.as("desk"))).hasStatusOk()
			.bodyText().contains("Nhập phiếu lấy ý kiến bằng giấy");

		assertThat(paperForm("desk", survey)).hasRedirectedUrl("/work/surveys/" + survey.id() + "/paper");

		assertThat(surveys.results(survey.id(), DemoAccounts.signedIn(accounts, "unithead")).responses()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT channel FROM survey_response WHERE survey_id = ?").param(survey.id())
			.query(String.class).list()).containsExactly("PAPER");
		audit.seal();
		assertThat(jdbc.sql("""
				SELECT actor, agency_code FROM audit_entry
				WHERE action = 'survey.paper-form-entered' AND record_id = ?""")
			.param(survey.id().toString()).query((row, n) -> row.getString(1) + " of " + row.getString(2)).list())
			.as("with the survey's agency, whose board reads it").containsExactly("desk of " + survey.agencyCode());
	}

	@Test
	void theDeskIsRefusedTheBuilderTheDecisionsTheResultsAndTheExport() {
		Survey survey = anOpenSurvey();
		String page = "/work/surveys/" + survey.id();
		for (String path : new String[] { "/work/surveys", "/work/surveys/new", page, page + "/results",
				page + "/responses.csv" }) {
			assertThat(mvc.get().uri(path).with(OfficerPages.as("desk"))).as(path).hasStatus(403);
		}
		for (String path : new String[] { "/work/surveys", page + "/settings", page + "/questions",
				page + "/questions/0/removal", page + "/open", page + "/extension", page + "/close" }) {
			assertThat(mvc.post().uri(path).with(csrf()).with(OfficerPages.as("desk"))).as(path).hasStatus(403);
		}
		assertThat(surveys.officerSurvey(survey.id(), DemoAccounts.signedIn(accounts, "unithead")).status())
			.isEqualTo(SurveyStatus.OPEN);
	}

	@Test
	void anotherAgencysDeskDoesNotFindTheSurvey() {
		Survey survey = anOpenSurvey();
		String other = OfficerPages.officerOfAnotherAgency(organization, Role.RECEPTION_OFFICER);
		assertThat(mvc.get().uri("/work/surveys/{id}/paper", survey.id()).with(OfficerPages.as(other))).hasStatus(404);
		assertThat(paperForm(other, survey)).hasStatus(404);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(survey.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aSurveyInPreparationHasNoPaperFormForTheDesk() {
		Survey prepared = surveys.prepare(SurveyFixtures.aPublicSurvey("Đang soạn " + UUID.randomUUID()),
				DemoAccounts.signedIn(accounts, "leader"));
		assertThat(mvc.get().uri("/work/surveys/{id}/paper", prepared.id()).with(OfficerPages.as("desk")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/work/surveys/paper").with(OfficerPages.as("desk"))).bodyText()
			.doesNotContain(prepared.title());
	}

	private Survey anOpenSurvey() {
		return SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Quầy " + UUID.randomUUID()),
				DemoAccounts.signedIn(accounts, "leader"));
	}

	private MvcTestResult paperForm(String user, Survey survey) {
		return mvc.post().uri("/work/surveys/{id}/paper", survey.id()).with(csrf()).with(OfficerPages.as(user))
			.param("submissionKey", UUID.randomUUID().toString()).param("area", SurveyFixtures.AREAS.get(0))
			.param("answer-0", "1").param("answer-2", "4").exchange();
	}
}
