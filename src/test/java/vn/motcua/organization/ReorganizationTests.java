package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.motcua.shared.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of merging and splitting units, before anything changes. */
@Tag("rule")
class ReorganizationTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

	private final UUID agency = UUID.randomUUID();
	private final Unit quangNgai = Unit.create(agency, null, "Phòng Quản lý thương mại Quảng Ngãi", UnitKind.SPECIALIST_UNIT, 0);
	private final Unit konTum = Unit.create(agency, null, "Phòng Quản lý thương mại Kon Tum", UnitKind.SPECIALIST_UNIT, 1);
	private final Unit team = Unit.create(agency, konTum.id(), "Đội kiểm tra", UnitKind.TEAM, 2);
	private final Unit trade = Unit.create(agency, null, "Phòng Thương mại", UnitKind.SPECIALIST_UNIT, 3);
	private final Unit energy = Unit.create(agency, null, "Phòng Năng lượng", UnitKind.SPECIALIST_UNIT, 4);
	private final UnitTree tree = new UnitTree(List.of(quangNgai, konTum, team, trade, energy));

	@Test
	void aMergeGivesEverythingOfEachMergedUnitToTheSuccessor() {
		Reorganization merge = Reorganization.merge(List.of(konTum), quangNgai, TODAY, TODAY, tree);

		assertThat(merge.openWorkTo()).isEqualTo(Map.of(konTum.id(), quangNgai.id()));
		assertThat(merge.processStepsTo()).isEqualTo(merge.openWorkTo());
		assertThat(merge.officerDestination(konTum.id(), Map.of(), UUID.randomUUID())).isEqualTo(quangNgai.id());
	}

	@Test
	void aMergeNeedsAUnitToMergeAndASuccessorOutsideThem() {
		assertRefused(() -> Reorganization.merge(List.of(), quangNgai, TODAY, TODAY, tree), "mergedIds",
				"organization.reorganization.merged.required");
		assertRefused(() -> Reorganization.merge(List.of(konTum, quangNgai), quangNgai, TODAY, TODAY, tree),
				"successorId", "organization.reorganization.successor.merged");
		assertRefused(() -> Reorganization.merge(List.of(konTum), team, TODAY, TODAY, tree), "successorId",
				"organization.reorganization.successor.below");
	}

	@Test
	void onlyUnitsInServiceTakePartAndNeverBeforeTheyBeganOrAfterToday() {
		assertRefused(() -> Reorganization.merge(List.of(konTum.end(TODAY)), quangNgai, TODAY, TODAY, tree),
				"mergedIds", "organization.reorganization.unit.ended");
		assertRefused(() -> Reorganization.merge(List.of(konTum), quangNgai.end(TODAY), TODAY, TODAY, tree),
				"successorIds", "organization.reorganization.unit.ended");
		assertRefused(() -> Reorganization.merge(List.of(konTum), quangNgai, TODAY.plusDays(1), TODAY, tree),
				"effectiveOn", "organization.reorganization.effective.future");
		Unit marketSurveillance = Unit.create(agency, null, "Chi cục Quản lý thị trường", UnitKind.SUB_DEPARTMENT, 5,
				TODAY);
		assertRefused(() -> Reorganization.merge(List.of(konTum), marketSurveillance, TODAY.minusDays(1), TODAY, tree),
				"effectiveOn", "organization.reorganization.effective.before-start");
	}

	@Test
	void aSplitGivesTheOpenWorkAndTheStepsToOneSuccessorEachAndEachOfficerWhereTheAdministratorSays() {
		UUID officer = UUID.randomUUID();
		Reorganization split = Reorganization.split(konTum, List.of(trade, energy), energy.id(), trade.id(), TODAY,
				TODAY, tree);

		assertThat(split.openWorkTo()).isEqualTo(Map.of(konTum.id(), energy.id()));
		assertThat(split.processStepsTo()).isEqualTo(Map.of(konTum.id(), trade.id()));
		assertThat(split.officerDestination(konTum.id(), Map.of(officer, trade.id()), officer)).isEqualTo(trade.id());
		assertRefused(() -> split.officerDestination(konTum.id(), Map.of(), officer), "officerTo",
				"organization.reorganization.officer.destination");
		assertRefused(() -> split.officerDestination(konTum.id(), Map.of(officer, quangNgai.id()), officer),
				"officerTo", "organization.reorganization.officer.destination");
	}

	@Test
	void aSplitNeedsTwoSuccessorsOutsideTheUnitAndGivesItsWorkToOneOfThem() {
		assertRefused(() -> Reorganization.split(konTum, List.of(trade, trade), trade.id(), trade.id(), TODAY, TODAY,
				tree), "successorIds", "organization.reorganization.successors.too-few");
		assertRefused(() -> Reorganization.split(konTum, List.of(trade, team), trade.id(), trade.id(), TODAY, TODAY,
				tree), "successorIds", "organization.reorganization.successor.below");
		assertRefused(() -> Reorganization.split(konTum, List.of(trade, energy), quangNgai.id(), trade.id(), TODAY,
				TODAY, tree), "openWorkTo", "organization.reorganization.work.not-successor");
		assertRefused(() -> Reorganization.split(konTum, List.of(trade, energy), trade.id(), quangNgai.id(), TODAY,
				TODAY, tree), "processStepsTo", "organization.reorganization.work.not-successor");
	}

	private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable change, String field,
			String key) {
		assertThatThrownBy(change).isInstanceOfSatisfying(InvalidFieldException.class, refusal -> {
			assertThat(refusal.field()).isEqualTo(field);
			assertThat(refusal.messageKey()).isEqualTo(key);
		});
	}
}
