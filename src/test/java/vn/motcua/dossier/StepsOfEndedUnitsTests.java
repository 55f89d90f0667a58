package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.motcua.testing.OfficerPages.as;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ChangeKind;
import vn.motcua.catalog.Decision;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;
import vn.motcua.organization.MergeOrder;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerRegistration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.SplitOrder;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitReorganizations;
import vn.motcua.organization.UnitsReorganized;
import vn.motcua.reporting.ReportingManagement.OpenWork;
import vn.motcua.reporting.ReportingManagement;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.HeldTransactions;
import vn.motcua.testing.ProcedureContents;
import vn.motcua.testing.UnitsToReorganize;
import vn.motcua.testing.WebTest;

/**
 * When the Kon Tum unit is merged into the Quảng Ngãi one, the dossiers waiting at it go on there: the
 * steps not yet done move (the current one, so that the dossier is in the successor's queue, and those
 * planned after it), the steps done keep naming Kon Tum, a dossier received later under the version
 * announced before the merge is planned at Quảng Ngãi, the leaders' open-work figures still count every
 * dossier, and neither an officer acting on the dossier nor the desk accepting one at the very moment of
 * the merge leaves it behind.
 */
@WebTest
class StepsOfEndedUnitsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierIntake intake;

	@Autowired
	DossierProcessing processing;

	@Autowired
	ReceiptDecisions receipts;

	@Autowired
	DossierRepository dossiers;

	@Autowired
	CatalogManagement catalog;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UnitReorganizations reorganizations;

	@Autowired
	ReportingManagement reporting;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final HeldTransactions held = new HeldTransactions();

	private final LocalDate today = LocalDate.now(VietnamTime.ZONE);
	private UnitsToReorganize units;
	private String head;
	private String specialist;
	private String procedure;

	@BeforeEach
	void aProcedureWhoseStepsAreDoneInKonTum() {
		units = UnitsToReorganize.create(organization);
		head = username(units.officerInKonTum("A Văn Trưởng", Role.UNIT_HEAD));
		specialist = username(units.officerInKonTum("Y Thị Chuyên", Role.SPECIALIST));
		procedure = "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".KT";
		ProcedureContent content = catalog.currentVersion(SubmissionFiles.ONLINE_PROCEDURE).content();
		List<ProcessStep> steps = content.steps().stream()
			.map(step -> step.role() == Role.UNIT_HEAD || step.role() == Role.SPECIALIST
					? new ProcessStep(step.name(), step.role(), units.konTumId(), step.share()) : step)
			.toList();
		ProcedureVersion draft = catalog.createDraft(procedure, ProcedureContents.withSteps(content, steps));
		catalog.announce(draft.id(), ChangeKind.ANNOUNCE, new Decision("9/QĐ-UBND (kiểm thử)", today, "Chủ tịch UBND"),
				today);
	}

	@Test
	void theStepsNotYetDoneGoToTheSuccessorAndTheDoneOnesKeepTheirUnit() {
		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts, procedure);
		long openBefore = openWorkIn(units.konTumId()) + openWorkIn(units.quangNgaiId());
		long everyOpenBefore = everyOpenDossier();

		UnitsReorganized merged = merge();

		assertThat(merged.workMovedCount()).isEqualTo(1);
		Dossier dossier = dossiers.findByCode(code).orElseThrow();
		assertThat(dossier.steps()).filteredOn(step -> step.finishedAt() == null).extracting(DossierStep::unitId)
			.doesNotContain(units.konTumId()).contains(units.quangNgaiId());
		assertThat(dossier.steps().get(0).finishedAt()).as("the desk's step, done").isNotNull();
		assertThat(dossier.currentStep().unitId()).isEqualTo(units.quangNgaiId());
		assertThat(jdbc.queryForObject("SELECT step_unit_id FROM dossier WHERE code = ?", UUID.class, code))
			.as("the queue's column").isEqualTo(units.quangNgaiId());
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", code).with(as("admin"))).bodyJson()
			.extractingPath("$.content[?(@.action == 'dossier.steps.moved')]").asArray().hasSize(1);

		assertThat(openWorkIn(units.konTumId())).as("nothing waits at the ended unit").isZero();
		assertThat(openWorkIn(units.quangNgaiId())).as("the figures fold into the successor").isEqualTo(openBefore);
		assertThat(everyOpenDossier()).as("the totals reconcile").isEqualTo(everyOpenBefore);

		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).with(as(head)).with(csrf()))
			.as("the head, moved with the unit, goes on").hasStatus3xxRedirection();
		assertThat(dossiers.findByCode(code).orElseThrow().currentStep().unitId()).isEqualTo(units.quangNgaiId());
	}

	@Test
	void aDossierReceivedAfterTheMergeIsPlannedAtTheSuccessor() {
		merge();

		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts, procedure);

		assertThat(dossiers.findByCode(code).orElseThrow().steps()).extracting(DossierStep::unitId)
			.doesNotContain(units.konTumId()).contains(units.quangNgaiId());
		assertThat(catalog.currentVersion(procedure).content().steps()).extracting(ProcessStep::unitId)
			.as("the announced version is never changed").contains(units.konTumId());
	}

	@Test
	void aForwardAtTheEndedUnitAtTheMomentOfTheMergeEndsAtTheSuccessor() throws Exception {
		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts, procedure);

		var forward = held.hold(transactions, head, () -> {
			processing.forward(code, null, null);
			return null;
		});
		CompletableFuture<UnitsReorganized> merge = CompletableFuture.supplyAsync(
				() -> DatabaseRaces.as("admin", () -> transactions.execute(status -> merge())));
		await().atMost(Duration.ofSeconds(30)).until(() -> merge.isDone() || DatabaseRaces.aSessionWaitsForALock(jdbc));
		forward.commit();

		assertThat(merge.get(30, TimeUnit.SECONDS).workMovedCount()).isEqualTo(1);
		Dossier dossier = dossiers.findByCode(code).orElseThrow();
		assertThat(dossier.currentStep().role()).as("the forward stands").isEqualTo(Role.SPECIALIST);
		assertThat(dossier.currentStep().unitId()).as("and the step is at the successor").isEqualTo(units.quangNgaiId());
		assertThat(dossier.steps()).filteredOn(step -> step.finishedAt() == null).extracting(DossierStep::unitId)
			.doesNotContain(units.konTumId()).contains(units.quangNgaiId());
	}

	@Test
	void aDossierAcceptedAtTheMomentOfTheMergeIsMovedToTheSuccessor() throws Exception {
		String code = DossiersAtUnitHead.aDossierSubmittedOnline(intake, accounts, procedure);

		var accept = held.hold(transactions, "desk", () -> {
			receipts.accept(code);
			return null;
		});
		CompletableFuture<UnitsReorganized> merge = CompletableFuture.supplyAsync(
				() -> DatabaseRaces.as("admin", () -> transactions.execute(status -> merge())));
		DatabaseRaces.awaitWaitingOrDone(jdbc, merge);
		accept.commit();

		assertThat(merge.get(30, TimeUnit.SECONDS).workMovedCount()).as("the merge saw the accepted dossier")
			.isEqualTo(1);
		assertThat(dossiers.findByCode(code).orElseThrow().steps()).extracting(DossierStep::unitId)
			.doesNotContain(units.konTumId()).contains(units.quangNgaiId());
	}

	@Test
	void aDossierAcceptedWhileTheMergeCommitsIsPlannedAtTheSuccessor() throws Exception {
		String code = DossiersAtUnitHead.aDossierSubmittedOnline(intake, accounts, procedure);

		var merge = held.hold(transactions, "admin", this::merge);
		CompletableFuture<Dossier> accept = CompletableFuture.supplyAsync(() -> DatabaseRaces.as("desk", () -> receipts.accept(code)));
		DatabaseRaces.awaitWaitingOrDone(jdbc, accept);
		merge.commit();

		accept.get(30, TimeUnit.SECONDS);
		assertThat(dossiers.findByCode(code).orElseThrow().steps()).extracting(DossierStep::unitId)
			.doesNotContain(units.konTumId()).contains(units.quangNgaiId());
	}

	@Test
	void theNextStepIsNotGivenToAnOfficerWhoHoldsItsRoleInAnotherUnit() {
		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts, procedure);
		Officer elsewhere = organization.createOfficer(new OfficerRegistration(units.agency().id(), units.quangNgaiId(),
				"Y Văn Khác", "Chuyên viên", "qn" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36),
				null, null, DemoAccounts.PASSWORD, Set.of(Role.SPECIALIST), PasswordChosenBy.HOLDER));

		assertThatThrownBy(() -> DatabaseRaces.as(head, () -> processing.forward(code, null, username(elsewhere))))
			.isInstanceOfSatisfying(InvalidFieldException.class, refusal -> {
				assertThat(refusal.field()).isEqualTo("assignee");
				assertThat(refusal.messageKey()).isEqualTo("dossier.work.assignee.other-unit");
			});
		assertThat(dossiers.findByCode(code).orElseThrow().currentStep().role()).as("not forwarded")
			.isEqualTo(Role.UNIT_HEAD);

		DatabaseRaces.as(head, () -> processing.forward(code, null, specialist));
		assertThat(dossiers.findByCode(code).orElseThrow().currentStep().holderAccountId())
			.as("an officer of the step's unit is given it").isEqualTo(accounts.findByUsername(specialist).orElseThrow().id());
	}

	@Test
	void aStepAssignedToAnOfficerASplitSendsElsewhereGoesToTheWholeUnitOfTheOpenWork() {
		String code = DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts, procedure);
		DatabaseRaces.as(head, () -> processing.forward(code, null, specialist));
		Unit energy = organization.addUnit(units.agency().id(), null, "Phòng Năng lượng", UnitKind.SPECIALIST_UNIT);
		UUID specialistOfficer = organization.officerOfAccount(accounts.findByUsername(specialist).orElseThrow().id())
			.orElseThrow().id();
		UUID headOfficer = organization.officerOfAccount(accounts.findByUsername(head).orElseThrow().id())
			.orElseThrow().id();

		reorganizations.split(new SplitOrder(units.konTumId(), List.of(units.quangNgaiId(), energy.id()),
				Map.of(specialistOfficer, energy.id(), headOfficer, units.quangNgaiId()), units.quangNgaiId(),
				units.quangNgaiId(), today));

		DossierStep step = dossiers.findByCode(code).orElseThrow().currentStep();
		assertThat(step.unitId()).isEqualTo(units.quangNgaiId());
		assertThat(step.holderAccountId()).as("free for the unit's specialists, not waiting for one in another unit")
			.isNull();
	}

	private UnitsReorganized merge() {
		return reorganizations.merge(new MergeOrder(units.agency().id(), List.of(units.konTumId()),
				units.quangNgaiId(), null, null, today));
	}

	private long openWorkIn(UUID unitId) {
		return reporting.openWork(List.of(units.agency().code()), 0).stream()
			.filter(line -> unitId.equals(line.unitId()))
			.mapToLong(OpenWork::open)
			.sum();
	}

	private long everyOpenDossier() {
		return reporting.openWork(List.of(units.agency().code()), 0).stream().mapToLong(OpenWork::open).sum();
	}

	private String username(Officer officer) {
		return accounts.findById(officer.accountId()).orElseThrow().username();
	}
}
