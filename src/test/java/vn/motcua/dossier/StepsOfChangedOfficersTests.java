package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Set;
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
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.DemoUnitOfficers;
import vn.motcua.testing.HeldTransactions;
import vn.motcua.testing.WebTest;

/**
 * A step assigned to an officer waited for them alone when the administrator took its role away from
 * them (they could no longer act on it, nobody else saw it as free) or moved them to another unit (a
 * step of the unit they left no longer showed in their queue, nor among their unit head's officers'
 * work). Both changes now hand such steps back to the unit, audited, as a disable does (decision 0033);
 * a step given to the officer while the role is being taken away waits and is refused, or is handed
 * back. On H2 and on PostgreSQL; the second's wait is observed, never timed.
 */
@WebTest
class StepsOfChangedOfficersTests {

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
	void takingTheStepsRoleAwayHandsTheOfficersStepsOfThatRoleBackToTheUnit() {
		String changing = specialist("Đỗ Văn Đổi Việc");
		String colleague = specialist("Lý Thị Vẫn Thẩm Định");
		String assigned = atUnitHead();
		String another = atUnitHead();
		forward(assigned, changing);
		forward(another, colleague);

		assertThat(change(changing, specialistsUnit(), Role.RECORDS_OFFICER)).hasStatus3xxRedirection();

		DossierStep handedBack = dossiers.findByCode(assigned).orElseThrow().currentStep();
		assertThat(handedBack.holderAccountId()).as("no longer waiting for an officer without the role").isNull();
		assertThat(handedBack.unitId()).isEqualTo(specialistsUnit());
		assertThat(mvc.get().uri("/api/v1/work/queue?q={code}", assigned).with(httpBasic(colleague, DemoAccounts.PASSWORD)))
			.as("in the queue of every specialist of the unit").bodyText().contains(assigned);
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", assigned)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson()
			.extractingPath("$.content[?(@.action == 'dossier.step.assigned')]").asArray().singleElement()
			.satisfies(entry -> assertThat(entry.toString()).contains("role withdrawn: " + changing, "actor=admin"));
		assertThat(dossiers.findByCode(another).orElseThrow().currentStep().holderAccountId())
			.as("a colleague's step stays theirs").isEqualTo(accountOf(colleague));
	}

	@Test
	void keepingTheStepsRoleKeepsTheStep() {
		String staying = specialist("Đỗ Văn Thêm Vai Trò");
		String assigned = atUnitHead();
		forward(assigned, staying);

		assertThat(change(staying, specialistsUnit(), Role.SPECIALIST, Role.RECORDS_OFFICER)).hasStatus3xxRedirection();

		assertThat(dossiers.findByCode(assigned).orElseThrow().currentStep().holderAccountId()).isEqualTo(accountOf(staying));
	}

	@Test
	void movingAnOfficerToAnotherUnitHandsTheStepsTheyHeldBackToTheUnitLeft() {
		String moving = specialist("Đỗ Văn Chuyển Phòng");
		String assigned = atUnitHead();
		forward(assigned, moving);

		assertThat(change(moving, otherUnit(), Role.SPECIALIST)).hasStatus3xxRedirection();

		DossierStep handedBack = dossiers.findByCode(assigned).orElseThrow().currentStep();
		assertThat(handedBack.holderAccountId()).isNull();
		assertThat(handedBack.unitId()).as("the unit they left").isEqualTo(specialistsUnit());
		assertThat(mvc.get().uri("/api/v1/work/queue?scope=unit&q={code}", assigned)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD))).as("in the unit head's view").bodyText().contains(assigned);
		assertThat(mvc.get().uri("/api/v1/work/queue?q={code}", assigned).with(httpBasic("specialist", DemoAccounts.PASSWORD)))
			.as("in the queue of the unit's specialists").bodyText().contains(assigned);
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", assigned)
			.with(httpBasic("admin", DemoAccounts.PASSWORD))).bodyJson()
			.extractingPath("$.content[?(@.action == 'dossier.step.assigned')]").asArray().singleElement()
			.satisfies(entry -> assertThat(entry.toString()).contains("officer moved to another unit: Đỗ Văn Chuyển Phòng"));
	}

	/** A step keeps its officer: sent back to it after its role was taken from them, it goes to the unit. */
	@Test
	void aDossierSentBackToTheStepOfAnOfficerWithoutItsRoleGoesToTheUnit() {
		String changing = specialist("Đỗ Văn Thôi Thẩm Định");
		String code = atUnitHead();
		forward(code, changing);
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).param("comment", "Đã thẩm định")
			.with(httpBasic(changing, DemoAccounts.PASSWORD)).with(csrf())).hasStatus3xxRedirection();
		assertThat(change(changing, specialistsUnit(), Role.RECORDS_OFFICER)).hasStatus3xxRedirection();

		assertThat(mvc.post().uri("/work/dossiers/{code}/send-back", code).param("backReason", "Cần thẩm định lại")
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf())).hasStatus3xxRedirection();
		DossierStep back = dossiers.findByCode(code).orElseThrow().currentStep();
		assertThat(back.role()).isEqualTo(Role.SPECIALIST);
		assertThat(back.holderAccountId()).as("not back to the officer without the role").isNull();
		assertThat(back.unitId()).isEqualTo(specialistsUnit());
	}

	@Test
	void aForwardWhileTheRoleIsBeingTakenAwayWaitsAndIsRefusedInWords() throws Exception {
		String changing = specialist("Đỗ Văn Đang Đổi");
		String code = atUnitHead();
		UUID officer = officerOf(changing).id();

		var change = held.hold(transactions, "admin", () -> {
			takeTheSpecialistRoleFrom(officer);
			return null;
		});
		CompletableFuture<MvcTestResult> forward = CompletableFuture.supplyAsync(() -> mvc.post()
			.uri("/work/dossiers/{code}/forward", code).param("assignee", changing)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf()).exchange());
		DatabaseRaces.awaitWaitingOrDone(jdbc, forward);
		change.commit();

		assertThat(forward.get(30, TimeUnit.SECONDS)).hasStatusOk().bodyText()
			.contains("Không thể giao bước tiếp theo cho &quot;" + changing + "&quot;: tài khoản này không có vai trò");
		assertThat(dossiers.findByCode(code).orElseThrow().currentStep().holderAccountId())
			.as("no step waits for an officer without its role").isNotEqualTo(accountOf(changing));
	}

	@Test
	void takingTheRoleAwayWhileAStepIsBeingGivenToTheOfficerWaitsAndHandsItBack() throws Exception {
		String changing = specialist("Đỗ Văn Sắp Đổi");
		String code = atUnitHead();
		UUID officer = officerOf(changing).id();

		var forward = held.hold(transactions, "unithead", () -> processing.forward(code, null, changing));
		CompletableFuture<Void> change = CompletableFuture.runAsync(() -> DatabaseRaces.as("admin",
				() -> transactions.execute(status -> takeTheSpecialistRoleFrom(officer))));
		DatabaseRaces.awaitWaitingOrDone(jdbc, change);
		forward.commit();

		change.get(30, TimeUnit.SECONDS);
		DossierStep current = dossiers.findByCode(code).orElseThrow().currentStep();
		assertThat(current.role()).isEqualTo(Role.SPECIALIST);
		assertThat(current.holderAccountId()).as("handed back, not waiting for an officer without the role").isNull();
		assertThat(current.unitId()).isEqualTo(specialistsUnit());
	}

	/** The officer becomes the unit's records officer, in the same unit, under the same name. */
	private Officer takeTheSpecialistRoleFrom(UUID officerId) {
		Officer officer = organization.officer(officerId);
		return organization.updateOfficer(officerId, officer.unitId(), officer.fullName(), "Văn thư", null, null,
				Set.of(Role.RECORDS_OFFICER));
	}

	/** The administrator's form: the officer's unit and roles, their names kept. */
	private MvcTestResult change(String username, UUID unit, Role... roles) {
		Officer officer = officerOf(username);
		var post = mvc.post().uri("/admin/agencies/{agency}/officers/{officer}", officer.agencyId(), officer.id())
			.param("unitId", unit.toString()).param("fullName", officer.fullName())
			.param("positionTitle", officer.positionTitle());
		for (Role role : roles) {
			post = post.param("roles", role.name());
		}
		return post.with(httpBasic("admin", DemoAccounts.PASSWORD)).with(csrf()).exchange();
	}

	private void forward(String code, String assignee) {
		assertThat(mvc.post().uri("/work/dossiers/{code}/forward", code).param("assignee", assignee)
			.with(httpBasic("unithead", DemoAccounts.PASSWORD)).with(csrf())).hasStatus3xxRedirection();
		assertThat(dossiers.findByCode(code).orElseThrow().currentStep().holderAccountId()).isEqualTo(accountOf(assignee));
	}

	private UUID otherUnit() {
		Officer head = officerOf("unithead");
		return organization.units(head.agencyId()).stream().map(Unit::id)
			.filter(unit -> !unit.equals(specialistsUnit()))
			.findFirst()
			.orElseThrow();
	}

	private Officer officerOf(String username) {
		return organization.officerOfAccount(accountOf(username)).orElseThrow();
	}

	private UUID accountOf(String username) {
		return accounts.findByUsername(username).orElseThrow().id();
	}

	private String specialist(String name) {
		return DemoUnitOfficers.aSpecialist(organization, accounts, name);
	}

	private UUID specialistsUnit() {
		return DemoUnitOfficers.specialistsUnit(organization, accounts);
	}

	private String atUnitHead() {
		return DossiersAtUnitHead.aDossierAtTheUnitHead(mvc, intake, accounts);
	}
}
