package vn.motcua.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The units of one agency arranged by parent, each level in the order the units were given. */
final class UnitTree {

	private final Map<UUID, Unit> byId = new HashMap<>();
	private final Map<@Nullable UUID, List<Unit>> byParent = new HashMap<>();

	/** @param units the agency's units, already in their order */
	UnitTree(List<Unit> units) {
		for (Unit unit : units) {
			byId.put(unit.id(), unit);
			byParent.computeIfAbsent(unit.parentId(), key -> new ArrayList<>()).add(unit);
		}
	}

	List<UnitNode> roots() {
		return nodes(null);
	}

	private List<UnitNode> nodes(@Nullable UUID parentId) {
		return byParent.getOrDefault(parentId, List.of()).stream()
			.map(unit -> new UnitNode(unit, nodes(unit.id())))
			.toList();
	}

	/** Whether the candidate is the unit itself or lies anywhere below it. */
	boolean isSameOrBelow(UUID unitId, UUID candidateId) {
		for (UUID current = candidateId; current != null; current = parentOf(current)) {
			if (current.equals(unitId)) {
				return true;
			}
		}
		return false;
	}

	/** The unit and every unit below it. */
	Set<UUID> subtree(UUID unitId) {
		Set<UUID> ids = new HashSet<>();
		collect(unitId, ids);
		return ids;
	}

	private void collect(UUID unitId, Set<UUID> ids) {
		if (ids.add(unitId)) {
			byParent.getOrDefault(unitId, List.of()).forEach(child -> collect(child.id(), ids));
		}
	}

	private @Nullable UUID parentOf(UUID unitId) {
		Unit unit = byId.get(unitId);
		return unit == null ? null : unit.parentId();
	}
}
