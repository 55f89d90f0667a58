package vn.motcua.dossier;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.DemoUnitOfficers;
import vn.motcua.testing.HeldTransactions;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * An officer's account is disabled at the very moment a dossier's next step is given to them. Each
 * transaction used to read the other's state before the other committed: the forward saw the account
 * enabled, the disable saw no step assigned to it, and the step waited for an account nobody can sign
 * in to, in nobody's queue. Both now lock the account (decision 0033): whichever comes second waits
 * for the first and sees what it did. On H2 and on PostgreSQL; the second's wait is observed, never
 * timed.
 */
@WebTest
class DisabledMeanwhileTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	DossierProcessing processing;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final HeldTransactions held = new HeldTransactions();

	@Test
	void aForwardWhileTheAccountIsBeingDisabledWaitsAndIsRefusedInWords() throws Exception {
		String leaving = DemoUnitOfficers.aSpecialist(organization, accounts, "Đỗ Văn Đang Nghỉ");
		UUID account = accounts.findByUsername(leaving).orElseThrow().id();
		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);

		var disable = held.hold(transactions, "admin", () -> accounts.disable(account));
		CompletableFuture<MvcTestResult> forward = CompletableFuture.supplyAsync(() -> mvc.post()
			.uri("/work/dossiers/{code}/forward", code).param("assignee", leaving)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf()).exchange());
		DatabaseRaces.awaitWaitingOrDone(jdbc, forward);

		assertThat(disable.commit()).isZero();
		assertThat(forward.get(30, TimeUnit.SECONDS)).hasStatusOk().bodyText()
			.contains("Không thể giao bước tiếp theo cho &quot;" + leaving + "&quot;: tài khoản này đã bị vô hiệu hóa");
		DossierStep current = dossiers.findByCode(code).orElseThrow().currentStep();
		assertThat(current.holderAccountId()).as("no step waits for the disabled account").isNotEqualTo(account);
		assertThat(current.role()).as("still with the unit head").isEqualTo(Role.UNIT_HEAD);
	}

	@Test
	void aDisableWhileAStepIsBeingGivenToTheOfficerWaitsAndHandsItBack() throws Exception {
		String leaving = DemoUnitOfficers.aSpecialist(organization, accounts, "Đỗ Văn Sắp Nghỉ");
		UUID account = accounts.findByUsername(leaving).orElseThrow().id();
		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);

		var forward = held.hold(transactions, "unithead", () -> processing.forward(code, null, leaving));
		CompletableFuture<Integer> disable = CompletableFuture.supplyAsync(() -> DatabaseRaces.as("admin",
				() -> transactions.execute(status -> accounts.disable(account))));
		DatabaseRaces.awaitWaitingOrDone(jdbc, disable);
		forward.commit();

		assertThat(disable.get(30, TimeUnit.SECONDS)).as("the administrator is told the step went back").isOne();
		DossierStep current = dossiers.findByCode(code).orElseThrow().currentStep();
		assertThat(current.holderAccountId()).as("handed back, not waiting for the disabled account").isNull();
		assertThat(current.unitId()).isEqualTo(DemoUnitOfficers.specialistsUnit(organization, accounts));
	}

	/**
	 * Work given to one officer from two transactions at once: on PostgreSQL each takes the account's lock
	 * shared, so the second goes through while the first is still open; a forward does not queue behind
	 * every other forward to the same specialist until it commits. (H2 has only an exclusive lock.)
	 */
	@Test
	void twoTransactionsGivingWorkToOneOfficerDoNotWaitForEachOtherOnPostgreSql() throws Exception {
		assumeTrue(DatabaseRaces.onPostgreSql(jdbc), "PostgreSQL's shared row lock");
		UUID specialist = accounts.findByUsername("specialist").orElseThrow().id();

		var first = held.hold(transactions, "desk", () -> accounts.lockForWork(specialist));
		CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
				() -> transactions.execute(status -> accounts.lockForWork(specialist).isPresent()));

		assertThat(second.get(30, TimeUnit.SECONDS)).as("given while the first is still open").isTrue();
		assertThat(first.result()).isNotDone();
		first.commit();
	}
}
