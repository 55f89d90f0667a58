package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.testing.OfficerPages.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.Role;
import vn.motcua.organization.MergeOrder;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitReorganizations;
import vn.motcua.organization.UnitsReorganized;
import vn.motcua.shared.Actor;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.HeldTransactions;
import vn.motcua.testing.UnitsToReorganize;
import vn.motcua.testing.WebTest;

/**
 * When the unit a petition was assigned to is merged, the open petition goes on at the successor with
 * the same handler (who moved with the unit), audited and in its history; a closed petition keeps
 * naming the unit that handled it; an assignment at the very moment of the merge does not leave the
 * petition at the ended unit, whichever of the two commits first (decision 0036).
 */
@WebTest
class PetitionsOfEndedUnitsTests {

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
	UnitReorganizations reorganizations;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@RegisterExtension
	final HeldTransactions held = new HeldTransactions();

	@Test
	void anOpenPetitionGoesOnAtTheSuccessorAndAClosedOneKeepsItsUnit() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		UUID handler = units.officerInKonTum("Y Thị Đơn", Role.SPECIALIST).accountId();
		String open = assignedTo(handler);
		String closed = assignedTo(handler);
		petitions.refuse(closed, "Không thuộc thẩm quyền", PetitionFixtures.officer(accounts, "unithead"));

		int moved = merge(units).workMovedCount();

		assertThat(moved).isEqualTo(1);
		Petition petition = stored.findByCode(open).orElseThrow();
		assertThat(petition.unitId()).isEqualTo(units.quangNgaiId());
		assertThat(petition.handlerAccountId()).as("the same handler").isEqualTo(handler);
		assertThat(stored.findByCode(closed).orElseThrow().unitId()).isEqualTo(units.konTumId());
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", open).with(as("admin"))).bodyJson()
			.extractingPath("$.content[?(@.action == 'petition.unit-moved')]").asArray().hasSize(1);
		assertThat(mvc.get().uri("/work/petitions/{code}", open).with(as("unithead"))).hasStatusOk().bodyText()
			.contains("Chuyển sang đơn vị kế thừa (đơn vị cũ sáp nhập hoặc chia tách)");
	}

	@Test
	void aPetitionAssignedAtTheMomentOfTheMergeIsMovedToTheSuccessor() throws Exception {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		UUID handler = units.officerInKonTum("Y Thị Đơn", Role.SPECIALIST).accountId();
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();

		var assign = held.hold(transactions, "unithead",
				() -> petitions.assign(code, handler, PetitionFixtures.officer(accounts, "unithead")));
		CompletableFuture<UnitsReorganized> merge = CompletableFuture.supplyAsync(
				() -> DatabaseRaces.as("admin", () -> transactions.execute(status -> merge(units))));
		DatabaseRaces.awaitWaitingOrDone(jdbc, merge);
		assign.commit();

		assertThat(merge.get(30, TimeUnit.SECONDS).workMovedCount()).as("the merge saw the assigned petition")
			.isEqualTo(1);
		assertThat(stored.findByCode(code).orElseThrow().unitId()).isEqualTo(units.quangNgaiId());
	}

	@Test
	void aPetitionAssignedWhileTheMergeCommitsGoesToTheSuccessor() throws Exception {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		UUID handler = units.officerInKonTum("Y Thị Đơn", Role.SPECIALIST).accountId();
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();

		var merge = held.hold(transactions, "admin", () -> merge(units));
		CompletableFuture<Petition> assign = CompletableFuture.supplyAsync(() -> DatabaseRaces.as("unithead",
				() -> petitions.assign(code, handler, PetitionFixtures.officer(accounts, "unithead"))));
		DatabaseRaces.awaitWaitingOrDone(jdbc, assign);
		merge.commit();

		assertThat(assign.get(30, TimeUnit.SECONDS).unitId()).isEqualTo(units.quangNgaiId());
		assertThat(stored.findByCode(code).orElseThrow().unitId()).isEqualTo(units.quangNgaiId());
	}

	private UnitsReorganized merge(UnitsToReorganize units) {
		return reorganizations.merge(new MergeOrder(units.agency().id(), List.of(units.konTumId()),
				units.quangNgaiId(), null, null, LocalDate.now(VietnamTime.ZONE)));
	}

	private String assignedTo(UUID officer) {
		String code = petitions.receive(PetitionFixtures.aFeedback(), Actor.ANONYMOUS).code();
		petitions.assign(code, officer, PetitionFixtures.officer(accounts, "unithead"));
		return code;
	}
}
