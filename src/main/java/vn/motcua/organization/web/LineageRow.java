package vn.motcua.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.organization.ReorganizationKind;
import vn.motcua.organization.Unit;
import vn.motcua.organization.UnitLineage;

/** A link of the agency's unit lineage as the agency page shows it, with the units' names. */
record LineageRow(LocalDate effectiveOn, ReorganizationKind kind, String predecessor, String successor,
		boolean takesOpenWork, boolean takesProcessSteps, int officersMoved, String recordedBy) {

	static List<LineageRow> of(List<UnitLineage> lineage, List<Unit> units) {
		Map<UUID, String> names = units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
		Function<UUID, String> name = id -> names.getOrDefault(id, id.toString());
		return lineage.stream()
			.map(link -> new LineageRow(link.effectiveOn(), link.kind(), name.apply(link.predecessorId()),
					name.apply(link.successorId()), link.takesOpenWork(), link.takesProcessSteps(), link.officersMoved(),
					link.recordedBy()))
			.toList();
	}
}
