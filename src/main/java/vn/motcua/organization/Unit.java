package vn.motcua.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A unit of an agency (phòng, chi cục, đội); units form a tree under the agency. */
@Table("unit")
public record Unit(@Id UUID id, @Version @Nullable Long version, UUID agencyId, @Nullable UUID parentId, String name,
		UnitKind kind, int position) {

	static Unit create(UUID agencyId, @Nullable UUID parentId, String name, UnitKind kind, int position) {
		return new Unit(UUID.randomUUID(), null, agencyId, parentId, name, kind, position);
	}

	Unit change(String newName, UnitKind newKind, @Nullable UUID newParentId) {
		return new Unit(id, version, agencyId, newParentId, newName, newKind, position);
	}
}
