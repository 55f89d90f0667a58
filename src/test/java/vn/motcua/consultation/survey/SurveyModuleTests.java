package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * A survey on the real database: prepared, opened, answered and counted; a retry with its key is the
 * first response; an account responds once and its response holds no trace of it; a closed survey
 * takes no response.
 */
@WebTest
class SurveyModuleTests {

	@Autowired
	SurveyManagement surveys;

	@Autowired
	SurveyIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Test
	void aSurveyIsPreparedOpenedAnsweredAndCountedPerArea() {
		Survey survey = anOpenSurvey();
		String ward = SurveyFixtures.AREAS.get(0);
		intake.respond(survey.id(), ward, Map.of(0, List.of("0"), 1, List.of("0", "1"), 2, List.of("5")), null, null);
		intake.respond(survey.id(), ward, Map.of(0, List.of("1"), 2, List.of("4")), null, null);
		intake.respond(survey.id(), SurveyFixtures.AREAS.get(1), Map.of(0, List.of("1"), 2, List.of("1"),
				3, List.of("Cần rút ngắn thời gian")), null, null);

		SurveyResults results = surveys.results(survey.id(), officer("inspector"));

		assertThat(results.responses()).isEqualTo(3);
		assertThat(results.questions().get(0).options()).extracting(SurveyResults.OptionCount::count)
			.containsExactly(1L, 2L, 0L);
		assertThat(results.questions().get(1).answered()).isEqualTo(1);
		assertThat(results.questions().get(1).options()).extracting(SurveyResults.OptionCount::count)
			.containsExactly(1L, 1L, 0L);
		assertThat(results.questions().get(2).mean()).isEqualByComparingTo("3.33");
		assertThat(results.questions().get(3).texts()).containsExactly("Cần rút ngắn thời gian");
		assertThat(results.areas()).extracting(SurveyResults.AreaResults::responses).containsExactly(2L, 1L, 0L);
		assertThat(results.areas().get(0).questions().get(2).mean()).isEqualByComparingTo("4.50");
	}

	@Test
	void aRetryWithTheSameKeyIsTheFirstResponse() {
		Survey survey = anOpenSurvey();
		String key = UUID.randomUUID().toString();
		Map<Integer, List<String>> answers = Map.of(0, List.of("2"), 2, List.of("3"));

		UUID first = intake.respond(survey.id(), SurveyFixtures.AREAS.get(2), answers, null, key);
		UUID again = intake.respond(survey.id(), SurveyFixtures.AREAS.get(2), answers, null, key);

		assertThat(again).isEqualTo(first);
		assertThat(responses(survey)).isEqualTo(1);
		assertThatThrownBy(() -> intake.respond(survey.id(), SurveyFixtures.AREAS.get(2),
				Map.of(0, List.of("0"), 2, List.of("3")), null, key))
			.as("the key with other answers").hasMessage("submission-key.reused");
	}

	@Test
	void anAccountRespondsOnceAndItsResponseHoldsNoTraceOfIt() {
		Survey survey = anOpenSurvey();
		CurrentUser citizen = officer(DemoAccounts.OTHER_CITIZEN);
		Map<Integer, List<String>> answers = Map.of(0, List.of("0"), 2, List.of("5"));
		String key = UUID.randomUUID().toString();

		UUID response = intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), answers, citizen, key);
		assertThat(intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), answers, citizen, key))
			.as("a retry with the key").isEqualTo(response);
		assertThatThrownBy(() -> intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), answers, citizen,
				UUID.randomUUID().toString())).hasMessage("survey.respond.already");
		assertThatThrownBy(() -> intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), answers, citizen, null))
			.hasMessage("survey.respond.already");

		assertThat(responses(survey)).isEqualTo(1);
		assertThat(intake.hasResponded(survey.id(), citizen)).isTrue();
		String row = jdbc.sql("SELECT * FROM survey_response WHERE id = ?").param(response)
			.query((rs, n) -> {
				StringBuilder all = new StringBuilder();
				for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
					all.append(rs.getMetaData().getColumnName(column)).append('=').append(rs.getString(column)).append(' ');
				}
				return all.toString();
			}).single();
		assertThat(row.toLowerCase(Locale.ROOT)).doesNotContain("account").doesNotContain(citizen.accountId().toString())
			.doesNotContain(citizen.username());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_respondent WHERE survey_id = ?").param(survey.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theAuditTrailRecordsEveryStepButNoResponseOnItsOwn() {
		Survey survey = anOpenSurvey();
		UUID response = intake.respond(survey.id(), SurveyFixtures.AREAS.get(0),
				Map.of(0, List.of("0"), 2, List.of("5")), officer(DemoAccounts.CITIZEN), null);
		audit.seal();

		List<String> entries = jdbc.sql("""
				SELECT actor || ' ' || action || ' ' || record_id || ' ' || summary FROM audit_entry
				WHERE record_type = 'Survey' AND record_id = ? ORDER BY sequence_number""")
			.param(survey.id().toString()).query(String.class).list();
		assertThat(entries).anySatisfy(entry -> assertThat(entry).startsWith("specialist survey.prepared"))
			.anySatisfy(entry -> assertThat(entry).startsWith("specialist survey.questionnaire-changed"))
			.anySatisfy(entry -> assertThat(entry).startsWith("unithead survey.opened"))
			.as("its day's tally records it (SurveyAnonymityTests)")
			.noneSatisfy(entry -> assertThat(entry).contains("survey.response"))
			.noneSatisfy(entry -> assertThat(entry).contains(DemoAccounts.CITIZEN))
			.noneSatisfy(entry -> assertThat(entry).contains(response.toString()));
	}

	@Test
	void aClosedSurveyTakesNoResponseAndAnOpenedOneNoChange() {
		Survey survey = anOpenSurvey();
		CurrentUser leader = officer("leader");

		assertThatThrownBy(() -> surveys.addQuestion(survey.id(), SurveyFixtures.aQuestionnaire().get(3), leader,
				Locale.ROOT)).hasMessage("survey.frozen");
		surveys.close(survey.id(), leader);

		assertThatThrownBy(() -> intake.respond(survey.id(), SurveyFixtures.AREAS.get(0),
				Map.of(0, List.of("0"), 2, List.of("5")), null, null)).isInstanceOf(InvalidRequestException.class)
			.hasMessage("survey.respond.not-open");
		assertThat(responses(survey)).isZero();
		assertThat(surveys.publishedResults(survey.id()).responses()).isZero();
	}

	private Survey anOpenSurvey() {
		CurrentUser specialist = officer("specialist");
		Survey survey = surveys.prepare(SurveyFixtures.aPublicSurvey("Khảo sát " + UUID.randomUUID()), specialist);
		SurveyFixtures.aQuestionnaire()
			.forEach(draft -> surveys.addQuestion(survey.id(), draft, specialist, Locale.forLanguageTag("vi")));
		return surveys.open(survey.id(), officer("unithead"));
	}

	private int responses(Survey survey) {
		return jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(survey.id())
			.query(Integer.class).single();
	}

	private CurrentUser officer(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}
}
