package vn.motcua.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One link of a unit's lineage: a unit that ended on {@code effectiveOn} and one of its successors,
 * whether that successor took the unit's open work and the catalogue's steps that named it, how many of
 * its officers moved there, and who recorded it. A merge or a split is the links of one {@code changeId}.
 */
@Table("unit_lineage")
public record UnitLineage(@Id UUID id, @Version @Nullable Long version, UUID changeId, UUID agencyId, ReorganizationKind kind, UUID predecessorId,
		UUID successorId, LocalDate effectiveOn, boolean takesOpenWork, boolean takesProcessSteps, int officersMoved,
		String recordedBy, Instant recordedAt) {
}
