package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.testing.OfficerPages.as;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The people's inspection board read a survey's free-text answers whole on the results page and in the
 * exports: a respondent who typed a phone number, an e-mail address or an ID number reached it as typed.
 * It now reads them masked (decision 0031), and the audit trail says so; those who prepare the survey
 * read them whole.
 */
@WebTest
class InspectionBoardSurveyAnswersTests {

	static final String ANSWER = "Gọi tôi 0912 345 678 hoặc an.nguyen@example.vn, CCCD 051090001234.";
	static final String MASKED = "Gọi tôi 0912***678 hoặc a***@example.vn, CCCD ***.";

	@Autowired
	MockMvcTester mvc;
	@Autowired
	SurveyManagement surveys;
	@Autowired
	SurveyIntake intake;
	@Autowired
	AccountManagement accounts;
	@Autowired
	AuditTrail audit;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theBoardReadsTheContactsTypedInFreeTextAnswersMaskedOnTheResultsPageAndInTheExports() {
		Survey survey = answeredWithContacts();

		assertThat(mvc.get().uri("/work/surveys/{id}/results", survey.id()).with(as("inspector"))).hasStatusOk()
			.bodyText().contains(MASKED).doesNotContain("345 678", "an.nguyen@", "051090001234");
		assertThat(PagedResponses.utf8(mvc.get().uri("/work/surveys/{id}/responses.csv", survey.id())
			.with(as("inspector")).exchange())).contains(MASKED).doesNotContain("345 678", "an.nguyen@", "051090001234");

		audit.seal();
		assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'survey.free-text.read' AND actor = "
				+ "'inspector' AND record_id = ?").param(survey.id().toString()).query(String.class).list())
			.hasSize(2).allSatisfy(summary -> assertThat(summary).contains("contacts masked"));
		// the survey's agency's board reads these entries (decision 0051)
		assertThat(jdbc.sql("SELECT DISTINCT agency_code FROM audit_entry WHERE action = 'survey.free-text.read' "
				+ "AND record_id = ?").param(survey.id().toString()).query(String.class).list())
			.containsExactly(survey.agencyCode());
	}

	@Test
	void thoseWhoPrepareTheSurveyReadTheAnswersWhole() {
		Survey survey = answeredWithContacts();

		for (String preparer : new String[] { "specialist", "unithead", "leader" }) {
			assertThat(mvc.get().uri("/work/surveys/{id}/results", survey.id()).with(as(preparer))).as(preparer)
				.hasStatusOk().bodyText().contains(ANSWER);
		}
		assertThat(PagedResponses.utf8(mvc.get().uri("/work/surveys/{id}/responses.csv", survey.id())
			.with(as("unithead")).exchange())).contains(ANSWER);
	}

	private Survey answeredWithContacts() {
		Survey survey = SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Góp ý " + UUID.randomUUID()),
				DemoAccounts.signedIn(accounts, "unithead"));
		intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), Map.of(0, List.of("1"), 2, List.of("4"), 3,
				List.of(ANSWER)), null, null);
		return survey;
	}
}
