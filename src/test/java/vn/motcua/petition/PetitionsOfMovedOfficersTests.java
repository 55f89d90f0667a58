package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.motcua.testing.OfficerPages.as;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.Unit;
import vn.motcua.shared.Actor;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.DemoUnitOfficers;
import vn.motcua.testing.WebTest;

/**
 * A petition assigned to an officer who then moved to another unit stayed with the unit they left but
 * assigned to them, whose head no longer oversees them: nobody there saw it as free. Moving the officer
 * now hands their open petitions of the unit left back to it, audited; an assignment at the very moment
 * of the move waits for it and records the unit the officer works in (decision 0033).
 */
@WebTest
class PetitionsOfMovedOfficersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PetitionManagement petitions;

	@Autowired
	PetitionRepository stored;

	@Autowired
	AccountManagement accounts;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	final CountDownLatch moved = new CountDownLatch(1);
	final CountDownLatch commitMove = new CountDownLatch(1);

	@AfterEach
	void letTheMoveEnd() {
		commitMove.countDown();
	}

	@Test
	void movingAHandlerHandsTheirOpenPetitionsBackToTheUnitLeft() {
		String moving = DemoUnitOfficers.aSpecialist(organization, accounts, "Đỗ Văn Sang Phòng Khác");
		String received = assignedTo(moving);
		String answered = assignedTo(moving);
		petitions.refuse(answered, "Không thuộc thẩm quyền", PetitionFixtures.officer(accounts, moving));
		Officer officer = organization.officerOfAccount(accounts.findByUsername(moving).orElseThrow().id()).orElseThrow();

		assertThat(mvc.post().uri("/admin/agencies/{agency}/officers/{officer}", officer.agencyId(), officer.id())
			.param("unitId", otherUnit().toString()).param("fullName", officer.fullName())
			.param("positionTitle", officer.positionTitle()).param("roles", Role.SPECIALIST.name())
			.with(as("admin")).with(csrf())).hasStatus3xxRedirection();

		Petition handedBack = stored.findByCode(received).orElseThrow();
		assertThat(handedBack.handlerAccountId()).as("assigned to nobody").isNull();
		assertThat(handedBack.unitId()).as("with the unit left").isEqualTo(specialistsUnit());
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", received).with(as("admin"))).bodyJson()
			.extractingPath("$.content[?(@.action == 'petition.moved-away')]").asArray().singleElement()
			.satisfies(entry -> assertThat(entry.toString()).contains("actor=admin"));
		assertThat(mvc.get().uri("/work/petitions/{code}", received).with(as("unithead"))).hasStatusOk().bodyText()
			.contains("Trả về đơn vị (cán bộ xử lý chuyển sang đơn vị khác)");
		assertThat(stored.findByCode(answered).orElseThrow().handlerAccountId()).as("a closed case is left as it was")
			.isEqualTo(officer.accountId());
	}

	@Test
	void anAssignmentWhileTheHandlerIsBeingMovedWaitsAndRecordsTheirNewUnit() throws Exception {
		String moving = DemoUnitOfficers.aSpecialist(organization, accounts, "Đỗ Văn Đang Chuyển");
		UUID account = accounts.findByUsername(moving).orElseThrow().id();
		Officer officer = organization.officerOfAccount(account).orElseThrow();
		UUID newUnit = otherUnit();
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();

		CompletableFuture<Void> move = CompletableFuture.runAsync(() -> transactions.execute(status -> {
			organization.updateOfficer(officer.id(), newUnit, officer.fullName(), officer.positionTitle(), null, null,
					Set.of(Role.SPECIALIST));
			moved.countDown();
			DatabaseRaces.awaitQuietly(commitMove);
			return null;
		}));
		assertThat(moved.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Petition> assign = CompletableFuture.supplyAsync(
				() -> petitions.assign(code, account, PetitionFixtures.officer(accounts, "unithead")));
		DatabaseRaces.awaitWaitingOrDone(jdbc, assign);
		commitMove.countDown();

		move.get(30, TimeUnit.SECONDS);
		assign.get(30, TimeUnit.SECONDS);
		Petition assigned = stored.findByCode(code).orElseThrow();
		assertThat(assigned.handlerAccountId()).isEqualTo(account);
		assertThat(assigned.unitId()).as("the unit the officer works in now, not the one they left").isEqualTo(newUnit);
	}

	private String assignedTo(String officer) {
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();
		petitions.assign(code, accounts.findByUsername(officer).orElseThrow().id(),
				PetitionFixtures.officer(accounts, "unithead"));
		return code;
	}

	private UUID specialistsUnit() {
		return DemoUnitOfficers.specialistsUnit(organization, accounts);
	}

	private UUID otherUnit() {
		return organization.units(organization.homeAgency().orElseThrow().id()).stream().map(Unit::id)
			.filter(unit -> !unit.equals(specialistsUnit()))
			.findFirst()
			.orElseThrow();
	}
}
