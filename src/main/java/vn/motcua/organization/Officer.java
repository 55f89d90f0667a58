package vn.motcua.organization;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A civil servant of an agency, working in one unit, who signs in with an account of their own. */
@Table("officer")
public record Officer(@Id UUID id, @Version @Nullable Long version, UUID accountId, UUID agencyId, UUID unitId,
		String fullName, String positionTitle) {

	static Officer create(UUID accountId, UUID agencyId, UUID unitId, String fullName, String positionTitle) {
		return new Officer(UUID.randomUUID(), null, accountId, agencyId, unitId, fullName, positionTitle);
	}

	Officer change(UUID newUnitId, String newFullName, String newPositionTitle) {
		return new Officer(id, version, accountId, agencyId, newUnitId, newFullName, newPositionTitle);
	}
}
