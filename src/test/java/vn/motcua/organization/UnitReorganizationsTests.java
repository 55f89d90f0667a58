package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import vn.motcua.identity.Role;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.UnitsToReorganize;
import vn.motcua.testing.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A merge or a split ends units without losing them: they stay, with their names, for the history
 * that names them, but are offered nowhere new work is given; their officers and sub-units go to the
 * successors, the lineage is recorded and every change is audited.
 */
@WebTest
@RecordApplicationEvents
class UnitReorganizationsTests {

	@Autowired
	OrganizationManagement organization;

	@Autowired
	UnitReorganizations reorganizations;

	@Autowired
	ApplicationEvents events;

	private final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void aMergeEndsTheUnitAndMovesItsOfficersAndSubUnitsToTheSuccessor() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		Officer officer = units.officerInKonTum("Y Thị Kon", Role.SPECIALIST);
		Unit team = organization.addUnit(units.agency().id(), units.konTumId(), "Đội kiểm tra Kon Tum", UnitKind.TEAM);

		UnitsReorganized merged = reorganizations.merge(new MergeOrder(units.agency().id(), List.of(units.konTumId()),
				units.quangNgaiId(), null, null, today));

		assertThat(merged.openWorkTo()).isEqualTo(Map.of(units.konTumId(), units.quangNgaiId()));
		Unit konTum = organization.unit(units.konTumId());
		assertThat(konTum.inService()).isFalse();
		assertThat(konTum.endedOn()).isEqualTo(today);
		assertThat(konTum.name()).as("kept for the history that names it").isEqualTo(units.konTum().name());
		assertThat(organization.units(units.agency().id())).extracting(Unit::id).contains(units.konTumId());
		assertThat(organization.unitsInService(units.agency().id())).extracting(Unit::id)
			.doesNotContain(units.konTumId()).contains(units.quangNgaiId(), team.id());
		assertThat(organization.officer(officer.id()).unitId()).isEqualTo(units.quangNgaiId());
		assertThat(organization.unit(team.id()).parentId()).isEqualTo(units.quangNgaiId());
		assertThat(reorganizations.lineage(units.agency().id()))
			.filteredOn(link -> link.predecessorId().equals(units.konTumId()))
			.extracting(UnitLineage::kind, UnitLineage::successorId, UnitLineage::effectiveOn, UnitLineage::takesOpenWork,
					UnitLineage::takesProcessSteps, UnitLineage::officersMoved)
			.containsExactly(tuple(ReorganizationKind.MERGE, units.quangNgaiId(), today, true, true, 1));
		assertThat(events.stream(OrganizationChanged.class)).extracting(OrganizationChanged::action,
				OrganizationChanged::agencyCode)
			.contains(tuple("unit.merge", units.agency().code()), tuple("officer.moved", units.agency().code()),
					tuple("unit.updated", units.agency().code()));
	}

	@Test
	void anEndedUnitTakesNoOfficerNoSubUnitAndNoOtherChange() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		reorganizations.merge(new MergeOrder(units.agency().id(), List.of(units.konTumId()), units.quangNgaiId(), null,
				null, today));

		assertThatThrownBy(() -> units.officerInKonTum("Y Thị Muộn", Role.SPECIALIST))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("organization.unit.ended"));
		assertThatThrownBy(() -> organization.addUnit(units.agency().id(), units.konTumId(), "Đội", UnitKind.TEAM))
			.isInstanceOf(InvalidFieldException.class);
		assertThatThrownBy(() -> organization.changeUnit(units.konTumId(), "Tên mới", UnitKind.TEAM, null))
			.hasMessageContaining("organization.unit.ended");
		assertThatThrownBy(() -> reorganizations.merge(new MergeOrder(units.agency().id(),
				List.of(units.konTumId()), units.quangNgaiId(), null, null, today)))
			.isInstanceOfSatisfying(InvalidFieldException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("organization.reorganization.unit.ended"));
	}

	@Test
	void aMergeIntoANewUnitCreatesItWhereTheMergedUnitWasFromTheEffectiveDay() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);

		reorganizations.merge(new MergeOrder(units.agency().id(), List.of(units.konTumId(), units.quangNgaiId()), null,
				"Phòng Thương mại hợp nhất", UnitKind.SPECIALIST_UNIT, today));

		Unit successor = organization.unitsInService(units.agency().id()).stream()
			.filter(unit -> unit.name().equals("Phòng Thương mại hợp nhất") && today.equals(unit.startedOn()))
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(successor.parentId()).isNull();
		assertThat(reorganizations.lineage(units.agency().id())).filteredOn(link -> link.successorId()
			.equals(successor.id())).extracting(UnitLineage::predecessorId)
			.containsExactlyInAnyOrder(units.konTumId(), units.quangNgaiId());
	}

	@Test
	void aSplitSendsEachOfficerWhereTheAdministratorSaysAndTheWorkToTheSuccessorsChosen() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);
		Unit energy = organization.addUnit(units.agency().id(), null, "Phòng Năng lượng Kon Tum", UnitKind.TEAM, today);
		Officer first = units.officerInKonTum("A Thị Một", Role.SPECIALIST);
		Officer second = units.officerInKonTum("A Văn Hai", Role.UNIT_HEAD);

		UnitsReorganized split = reorganizations.split(new SplitOrder(units.konTumId(),
				List.of(units.quangNgaiId(), energy.id()), Map.of(first.id(), energy.id(), second.id(),
						units.quangNgaiId()), energy.id(), units.quangNgaiId(), today));

		assertThat(split.openWorkTo()).isEqualTo(Map.of(units.konTumId(), energy.id()));
		assertThat(split.processStepsTo()).isEqualTo(Map.of(units.konTumId(), units.quangNgaiId()));
		assertThat(organization.officer(first.id()).unitId()).isEqualTo(energy.id());
		assertThat(organization.officer(second.id()).unitId()).isEqualTo(units.quangNgaiId());
		assertThat(reorganizations.lineage(units.agency().id()))
			.filteredOn(link -> link.predecessorId().equals(units.konTumId()))
			.extracting(UnitLineage::kind, UnitLineage::successorId, UnitLineage::takesOpenWork,
					UnitLineage::takesProcessSteps, UnitLineage::officersMoved)
			.containsExactlyInAnyOrder(tuple(ReorganizationKind.SPLIT, energy.id(), true, false, 1),
					tuple(ReorganizationKind.SPLIT, units.quangNgaiId(), false, true, 1));
		assertThat(organization.unit(units.konTumId()).inService()).isFalse();
	}

	@Test
	void aUnitThatJoinsTheAgencyIsInServiceFromItsStartDayNeverFromTomorrow() {
		UnitsToReorganize units = UnitsToReorganize.create(organization);

		Unit market = organization.addUnit(units.agency().id(), null, "Chi cục Quản lý thị trường", UnitKind.SUB_DEPARTMENT,
				today);

		assertThat(market.startedOn()).isEqualTo(today);
		assertThatThrownBy(() -> organization.addUnit(units.agency().id(), null, "Chi cục sau", UnitKind.SUB_DEPARTMENT,
				today.plusDays(1))).isInstanceOf(InvalidFieldException.class);
	}
}
