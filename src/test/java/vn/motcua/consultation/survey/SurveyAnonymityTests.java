package vn.motcua.consultation.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.audit.AuditTrail;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.Sha256;
import vn.motcua.shared.SubmissionKeys;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Nothing stored with a response, or for it, tells when it came or whose it is (decision 0024): an
 * online response has no audit entry of its own, its day one entry once the day is over; the day's
 * responses and the respondent records are then written again, so that neither the order they were
 * stored in nor (on PostgreSQL) their transaction ties a respondent to a response, and the ids handed
 * out point at nothing; a submission key is kept with its day, not its moment, and with a digest of the
 * answers that only the installation's secret can check (decision 0029).
 */
@WebTest
@Import(MutableClock.Configuration.class)
class SurveyAnonymityTests {

	/** How both databases order UUIDs: byte by byte, without sign. */
	private static final Comparator<UUID> STORED = Comparator
		.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
		.thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

	private static final Map<Integer, List<String>> ANSWERS = Map.of(0, List.of("1"), 2, List.of("4"));

	@Autowired
	SurveyManagement surveys;
	@Autowired
	SurveyIntake intake;
	@Autowired
	SurveyDayTally tally;
	@Autowired
	AccountManagement accounts;
	@Autowired
	AuditTrail audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	JdbcTemplate template;
	@Autowired
	MutableClock clock;
	@Autowired
	SubmissionKeys keys;

	@BeforeEach
	void noonInVietnam() {
		// far from midnight, so that every response of a test falls on one day
		clock.set(LocalDate.now(VietnamTime.ZONE).atTime(LocalTime.NOON).atZone(VietnamTime.ZONE).toInstant());
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void anOnlineResponseHasNoEntryOfItsOwnAndItsDayOneEntryOnceTheDayIsOver() {
		Survey survey = anOpenSurvey();
		CurrentUser citizen = account(DemoAccounts.CITIZEN);
		UUID response = intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), ANSWERS, citizen, null);
		intake.respond(survey.id(), SurveyFixtures.AREAS.get(1), ANSWERS, null, null);
		audit.seal();
		assertThat(entriesOf(survey)).as("the survey's preparing and opening, nothing of its responses")
			.allMatch(entry -> entry.matches("\\S+ survey\\.(prepared|questionnaire-changed|opened) .*"));

		clock.advance(Duration.ofDays(1));
		assertThat(tally.tallyPastDays()).isPositive();
		assertThat(tally.tallyPastDays()).as("a day is tallied once").isZero();
		audit.seal();

		List<String> entries = entriesOf(survey);
		assertThat(entries).filteredOn(entry -> entry.contains("survey.responses-tallied")).singleElement()
			.satisfies(entry -> assertThat(entry).startsWith("system ").contains(": 2 responses online on ")
				.endsWith(" of " + survey.agencyCode()));
		assertThat(entries).noneMatch(entry -> entry.contains(citizen.username()) || entry.contains(response.toString()));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND record_id = ?")
			.params(citizen.username(), survey.id().toString()).query(Long.class).single()).isZero();
	}

	@Test
	void afterTheDayTheRowsKeepNeitherTheOrderNorTheTransactionNorTheIdsTheyCameWith() {
		Survey survey = anOpenSurvey();
		List<CurrentUser> respondents = Stream.of("specialist", "unithead", "desk", "records", "inspector",
				DemoAccounts.CITIZEN, DemoAccounts.OTHER_CITIZEN, DemoAccounts.BUSINESS).map(this::account)
			.sorted(Comparator.comparing(CurrentUser::accountId, STORED.reversed()))
			.toList();
		List<UUID> handedOut = new ArrayList<>();
		for (CurrentUser respondent : respondents) {
			handedOut.add(intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), ANSWERS, respondent, null));
			handedOut.add(intake.respond(survey.id(), SurveyFixtures.AREAS.get(2), ANSWERS, null, null));
		}

		clock.advance(Duration.ofDays(1));
		tally.tallyPastDays();

		List<UUID> stored = ids("SELECT id FROM survey_response WHERE survey_id = ? ORDER BY id", survey);
		assertThat(stored).hasSize(handedOut.size()).doesNotContainAnyElementsOf(handedOut);
		assertThat(surveys.results(survey.id(), account("unithead")).responses()).isEqualTo(handedOut.size());
		if (DatabaseRaces.onPostgreSql(template)) {
			assertThat(jdbc.sql("""
					SELECT COUNT(DISTINCT t) FROM (SELECT xmin::text AS t FROM survey_response WHERE survey_id = ?
					UNION ALL SELECT xmin::text FROM survey_respondent WHERE survey_id = ?) written""")
				.params(survey.id(), survey.id()).query(Long.class).single())
				.as("one transaction wrote them all again").isEqualTo(1);
		}
		else {
			assertThat(ids("SELECT id FROM survey_response WHERE survey_id = ? ORDER BY _ROWID_", survey))
				.as("stored in the order of their new ids").isEqualTo(stored);
			assertThat(ids("SELECT account_id FROM survey_respondent WHERE survey_id = ? ORDER BY _ROWID_", survey))
				.as("stored in the order of the accounts").isEqualTo(ids(
						"SELECT account_id FROM survey_respondent WHERE survey_id = ? ORDER BY account_id", survey));
		}
		assertThat(jdbc.sql("SELECT * FROM survey_respondent WHERE survey_id = ?").param(survey.id())
			.query((row, n) -> row.getMetaData().getColumnCount()).list()).as("survey and account, nothing else")
			.containsOnly(2);
	}

	@Test
	void aSubmissionKeyIsKeptWithTheDayOfItsResponseNotItsMoment() {
		Survey survey = anOpenSurvey();
		String key = UUID.randomUUID().toString();
		UUID response = intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), ANSWERS, null, key);

		LocalDate day = jdbc.sql("SELECT received_on FROM survey_response WHERE id = ?").param(response)
			.query(LocalDate.class).single();
		OffsetDateTime recorded = jdbc.sql("SELECT created_at FROM submission_key WHERE scope = 'survey' AND submission_key = ?")
			.param(key).query(OffsetDateTime.class).single();
		assertThat(recorded.toInstant()).isEqualTo(day.atStartOfDay(VietnamTime.ZONE).toInstant());
		assertThat(intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), ANSWERS, null, key))
			.as("a retry still finds its response").isEqualTo(response);
	}

	@Test
	void aSubmissionKeysDigestCannotBeCheckedAgainstGuessesOfTheAnswersWithoutTheSecret() {
		Survey survey = anOpenSurvey();
		String area = SurveyFixtures.AREAS.get(0);
		String key = UUID.randomUUID().toString();
		intake.respond(survey.id(), area, ANSWERS, null, key);

		String stored = jdbc.sql("SELECT digest FROM submission_key WHERE scope = 'survey' AND submission_key = ?")
			.param(key).query(String.class).single();
		List<@Nullable Object> guess = SurveyIntake.sent(survey.id(), area, SurveyChannel.ONLINE,
				survey.check(area, ANSWERS));
		assertThat(stored).as("the secret's digest of the answers").isEqualTo(keys.digest(guess))
			.as("what anyone reading the table could compute for each combination of choices")
			.isNotEqualTo(Sha256.ofParts(guess));
	}

	@Test
	void aKeyRecordedBeforeDigestsHadASecretStillFindsItsResponse() {
		Survey survey = anOpenSurvey();
		String key = UUID.randomUUID().toString();
		UUID response = intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), ANSWERS, null, key);
		// as migration V1.5 leaves a key recorded before it
		jdbc.sql("UPDATE submission_key SET digest = 'unkeyed' WHERE scope = 'survey' AND submission_key = ?")
			.param(key).update();

		assertThat(intake.respond(survey.id(), SurveyFixtures.AREAS.get(0), ANSWERS, null, key))
			.as("a retry spanning the upgrade").isEqualTo(response);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE survey_id = ?").param(survey.id())
			.query(Long.class).single()).isEqualTo(1);
	}

	private Survey anOpenSurvey() {
		return SurveyFixtures.opened(surveys, SurveyFixtures.aPublicSurvey("Ẩn danh " + UUID.randomUUID()),
				account("leader"));
	}

	private List<String> entriesOf(Survey survey) {
		return jdbc.sql("""
				SELECT actor, action, summary, agency_code FROM audit_entry
				WHERE record_id = ? ORDER BY sequence_number""")
			.param(survey.id().toString())
			.query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " of " + row.getString(4))
			.list();
	}

	private List<UUID> ids(String sql, Survey survey) {
		return jdbc.sql(sql).param(survey.id()).query(UUID.class).list();
	}

	private CurrentUser account(String username) {
		return DemoAccounts.signedIn(accounts, username);
	}
}
