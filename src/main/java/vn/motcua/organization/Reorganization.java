package vn.motcua.organization;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import vn.motcua.shared.InvalidFieldException;

/**
 * The rules of a merge or a split, checked before anything changes: only units in service take part,
 * a successor is neither one of the units that end nor below one of them (their sub-units move under
 * it), a split has at least two successors and gives its open work and the catalogue's steps to one
 * of them, and the effective day is neither in the future (nothing carries a change out later) nor
 * before a taking part unit began. Says, for each unit that ends, which successor takes its open
 * work and which the catalogue's steps.
 */
record Reorganization(ReorganizationKind kind, List<Unit> ended, Set<UUID> successors, Map<UUID, UUID> openWorkTo,
		Map<UUID, UUID> processStepsTo, LocalDate effectiveOn) {

	/** Merges the units into the successor, which takes everything of each. */
	static Reorganization merge(List<Unit> merged, Unit successor, LocalDate effectiveOn, LocalDate today,
			UnitTree tree) {
		if (merged.isEmpty()) {
			throw new InvalidFieldException("mergedIds", "organization.reorganization.merged.required");
		}
		Map<UUID, UUID> to = new LinkedHashMap<>();
		for (Unit unit : merged) {
			if (unit.id().equals(successor.id())) {
				throw new InvalidFieldException("successorId", "organization.reorganization.successor.merged");
			}
			requireAbove(tree, unit, successor, "successorId");
			to.put(unit.id(), successor.id());
		}
		requireDates(merged, List.of(successor), effectiveOn, today);
		return new Reorganization(ReorganizationKind.MERGE, List.copyOf(merged), Set.of(successor.id()), to, to,
				effectiveOn);
	}

	/** Splits the unit among the successors; one takes its open work, one the catalogue's steps. */
	static Reorganization split(Unit unit, List<Unit> successors, UUID openWorkTo, UUID processStepsTo,
			LocalDate effectiveOn, LocalDate today, UnitTree tree) {
		Set<UUID> ids = new LinkedHashSet<>();
		successors.forEach(successor -> ids.add(successor.id()));
		if (ids.size() < 2) {
			throw new InvalidFieldException("successorIds", "organization.reorganization.successors.too-few");
		}
		for (Unit successor : successors) {
			requireAbove(tree, unit, successor, "successorIds");
		}
		requireSuccessor(ids, openWorkTo, "openWorkTo");
		requireSuccessor(ids, processStepsTo, "processStepsTo");
		requireDates(List.of(unit), successors, effectiveOn, today);
		return new Reorganization(ReorganizationKind.SPLIT, List.of(unit), Set.copyOf(ids),
				Map.of(unit.id(), openWorkTo), Map.of(unit.id(), processStepsTo), effectiveOn);
	}

	/** Where an officer of a unit that ends goes: the one successor of a merge, or the administrator's choice. */
	UUID officerDestination(UUID endedUnitId, Map<UUID, UUID> chosen, UUID officerId) {
		if (kind == ReorganizationKind.MERGE) {
			return openWorkTo.get(endedUnitId);
		}
		UUID destination = chosen.get(officerId);
		if (destination == null || !successors.contains(destination)) {
			throw new InvalidFieldException("officerTo", "organization.reorganization.officer.destination");
		}
		return destination;
	}

	private static void requireAbove(UnitTree tree, Unit ending, Unit successor, String field) {
		if (tree.isSameOrBelow(ending.id(), successor.id())) {
			throw new InvalidFieldException(field, "organization.reorganization.successor.below");
		}
	}

	private static void requireSuccessor(Set<UUID> successors, UUID chosen, String field) {
		if (!successors.contains(chosen)) {
			throw new InvalidFieldException(field, "organization.reorganization.work.not-successor");
		}
	}

	private static void requireDates(List<Unit> ending, List<Unit> successors, LocalDate effectiveOn,
			LocalDate today) {
		if (effectiveOn.isAfter(today)) {
			throw new InvalidFieldException("effectiveOn", "organization.reorganization.effective.future");
		}
		for (List<Unit> units : List.of(ending, successors)) {
			for (Unit unit : units) {
				if (!unit.inService()) {
					throw new InvalidFieldException(units == ending ? "mergedIds" : "successorIds",
							"organization.reorganization.unit.ended", unit.name());
				}
				if (unit.startedOn() != null && effectiveOn.isBefore(unit.startedOn())) {
					throw new InvalidFieldException("effectiveOn", "organization.reorganization.effective.before-start",
							unit.name());
				}
			}
		}
	}
}
