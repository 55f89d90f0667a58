package vn.motcua.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.SplitOrder;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitKind;
import vn.motcua.organization.UnitReorganizations;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.UnitsToReorganize;
import vn.motcua.testing.WebTest;

/**
 * The catalogue's process steps follow a unit that was split to the successor chosen for them: a draft
 * is rewritten, an announced version keeps the unit it was announced with but is carried out, and the
 * next draft starts, at the successor; no step can be given to an ended unit any more.
 */
@WebTest
class StepUnitSuccessorsTests {

	@Autowired
	CatalogManagement catalog;

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UnitReorganizations reorganizations;

	private final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void theStepsNamingASplitUnitGoToTheSuccessorChosenForThem() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		Unit energy = organization.addUnit(units.agency().id(), null, "Phòng Năng lượng", UnitKind.SPECIALIST_UNIT);
		String announcedCode = code();
		ProcedureVersion announced = catalog.announce(catalog.createDraft(announcedCode, naming(units.konTumId())).id(),
				ChangeKind.ANNOUNCE, new Decision("1/QĐ-TEST", today, "Chủ tịch"), today);
		ProcedureVersion draft = catalog.createDraft(code(), naming(units.konTumId()));

		int moved = reorganizations.split(new SplitOrder(units.konTumId(), List.of(units.quangNgaiId(), energy.id()),
				Map.of(), units.quangNgaiId(), energy.id(), today)).processStepsMovedCount();

		assertThat(moved).isEqualTo(2);
		assertThat(catalog.draft(draft.id()).content().steps()).extracting(ProcessStep::unitId)
			.containsExactly(null, energy.id(), null);
		assertThat(catalog.version(announced.id()).content().steps()).extracting(ProcessStep::unitId)
			.as("announced, never changed").containsExactly(null, units.konTumId(), null);
		assertThat(catalog.stepsInService(announced.content())).extracting(ProcessStep::unitId)
			.as("carried out at the successor").containsExactly(null, energy.id(), null);
		assertThat(catalog.startDraft(announcedCode).content().steps()).extracting(ProcessStep::unitId)
			.containsExactly(null, energy.id(), null);
		assertThatThrownBy(() -> catalog.updateDraft(draft.id(), naming(units.konTumId())))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("catalog.step.unit.ended"));
	}

	private static ProcedureContent naming(UUID unitId) {
		return CatalogFixtures.withSteps(CatalogFixtures.aCompleteProcedure("Thủ tục có bước ở đơn vị"), List.of(
				new ProcessStep("Tiếp nhận", Role.RECEPTION_OFFICER, null, new BigDecimal("0.5")),
				new ProcessStep("Thẩm định", Role.SPECIALIST, unitId, new BigDecimal("8.5")),
				new ProcessStep("Phê duyệt", Role.AGENCY_LEADER, null, BigDecimal.ONE)));
	}

	private static String code() {
		return "9." + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L) + ".ST";
	}
}
