package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.ReceiptDecisions;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.StatementLog;
import vn.motcua.testing.WebTest;

/**
 * The officers holding a step get one e-mail warning when the step comes within the configured
 * working time of its due time, and no more however often the warnings run.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class StepWarningsTests {

	@Autowired
	StepWarnings warnings;
	@Autowired
	DossierIntake intake;
	@Autowired
	ReceiptDecisions receipt;
	@Autowired
	DossierManagement dossiers;
	@Autowired
	AccountManagement accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	@WithUserDetails("desk")
	void theHoldersOfAStepAreWarnedOnceBeforeItIsDue() {
		clock.set(Instant.parse("2026-11-23T01:00:00Z"));
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, NotificationTesting.anOnlineSubmission()).code();
		receipt.accept(code);
		LocalDateTime due = dossiers.dossierOf(citizen, code).currentStep().dueAt();

		clock.set(due.minusDays(3).atZone(VietnamTime.ZONE).toInstant());
		warnings.warnDue();
		assertThat(warningsAbout(code)).as("days before the due time").isEmpty();

		clock.set(due.minusHours(1).atZone(VietnamTime.ZONE).toInstant());
		warnings.warnDue();
		assertThat(warningsAbout(code)).as("the desk step's holders: the desk officers, nobody else")
			.contains("desk@sct.example.vn")
			.doesNotContain("specialist@sct.example.vn", "unithead@sct.example.vn", "an.nguyen@example.vn");
		String body = jdbc.sql("SELECT body FROM notification_message WHERE record_code = ? AND notice = 'STEP_DUE_SOON' "
				+ "AND recipient = 'desk@sct.example.vn'").param(code).query(String.class).single();
		assertThat(body).contains(code).contains("/work/dossiers/" + code);

		int before = warningsAbout(code).size();
		warnings.warnDue();
		assertThat(warningsAbout(code)).as("a second round queues nothing").hasSize(before);

		clock.set(due.plusHours(1).atZone(VietnamTime.ZONE).toInstant());
		assertThat(warnings.warnDue()).as("an overdue step shows in the queue instead").isZero();
	}

	/**
	 * A round reads the due steps, their holders and the template once, however many steps are due:
	 * two more steps of the same role add only their warnings' inserts (one per desk officer each).
	 */
	@Test
	@WithUserDetails("desk")
	void aRoundReadsTheSameWhateverTheNumberOfStepsDue() {
		Instant received = Instant.parse("2026-11-24T02:00:00Z");
		clock.set(received);
		UUID citizen = accounts.findByUsername(DemoAccounts.CITIZEN).orElseThrow().id();
		String code = intake.submitOnline(citizen, NotificationTesting.anOnlineSubmission()).code();
		receipt.accept(code);
		Instant warned = dossiers.dossierOf(citizen, code).currentStep().dueAt().minusHours(1)
			.atZone(VietnamTime.ZONE).toInstant();
		clock.set(warned);
		List<StatementLog.Executed> one = StatementLog.record(warnings::warnDue);

		clock.set(received);
		for (int more = 0; more < 2; more++) {
			receipt.accept(intake.submitOnline(citizen, NotificationTesting.anOnlineSubmission()).code());
		}
		clock.set(warned);
		List<StatementLog.Executed> three = StatementLog.record(warnings::warnDue);

		long deskOfficers = warningsAbout(code).size();
		assertThat(deskOfficers).as("the desk's officers were warned").isPositive();
		assertThat(reads(three)).as("what a round reads").isEqualTo(reads(one));
		assertThat(three.size() - one.size()).as("one insert for each new warning").isEqualTo(2 * deskOfficers);
	}

	private static List<String> reads(List<StatementLog.Executed> statements) {
		return statements.stream().map(StatementLog.Executed::sql)
			.filter(sql -> !sql.contains("INSERT INTO notification_message"))
			.toList();
	}

	private List<String> warningsAbout(String code) {
		return jdbc.sql("SELECT recipient FROM notification_message WHERE record_code = ? AND notice = 'STEP_DUE_SOON'")
			.param(code)
			.query(String.class)
			.list();
	}
}
