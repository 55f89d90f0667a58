package vn.motcua.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Merge these units of the agency into the successor, effective on that day: an existing unit in
 * service, or (no successor id) a new unit of that name and kind, placed where the first merged unit
 * was and in service from that day.
 */
public record MergeOrder(UUID agencyId, List<UUID> mergedIds, @Nullable UUID successorId,
		@Nullable String newUnitName, @Nullable UnitKind newUnitKind, LocalDate effectiveOn) {

	public MergeOrder {
		mergedIds = List.copyOf(mergedIds);
	}
}
