package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Split the unit among the successors (units in service, created beforehand), effective on that day:
 * each of its officers goes to the successor given for them, its open work to one successor and the
 * catalogue's steps that name it to one successor.
 */
public record SplitOrder(UUID unitId, List<UUID> successorIds, Map<UUID, UUID> officerTo, UUID openWorkTo,
		UUID processStepsTo, LocalDate effectiveOn) {

	public SplitOrder {
		successorIds = List.copyOf(successorIds);
		officerTo = Map.copyOf(officerTo);
	}
}
