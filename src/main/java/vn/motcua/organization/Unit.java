package vn.motcua.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit of an agency (phòng, chi cục, đội); units form a tree under the agency. A unit is in service
 * from {@code startedOn} (null: since before the system knew) until a merge or a split ends it on
 * {@code endedOn}; an ended unit is kept, with its name, for the history that names it.
 */
@Table("unit")
public record Unit(@Id UUID id, @Version @Nullable Long version, UUID agencyId, @Nullable UUID parentId, String name,
		UnitKind kind, int position, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn) {

	static Unit create(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind, int position) {
		return create(agencyId, parentId, name, kind, position, null);
	}

	static Unit create(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind, int position,
			@Nullable LocalDate startedOn) {
		return new Unit(UUID.randomUUID(), null, agencyId, parentId, name, kind, position, startedOn, null);
	}

	/** Whether new work may still be given to the unit: it has not been merged or split. */
	public boolean inService() {
		return endedOn == null;
	}

	Unit change(String newName, UnitKind newKind, @Nullable UUID newParentId) {
		return new Unit(id, version, agencyId, newParentId, newName, newKind, position, startedOn, endedOn);
	}

	Unit under(@Nullable UUID newParentId) {
		return change(name, kind, newParentId);
	}

	Unit end(LocalDate on) {
		return new Unit(id, version, agencyId, parentId, name, kind, position, startedOn, on);
	}
}
