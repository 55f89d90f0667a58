package vn.motcua.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of the account_role table with the account it belongs to, for reading many accounts' roles at once. */
record AccountRoleRow(UUID accountId, Role role, @Nullable UUID agencyId) {

	RoleGrant grant() {
		return new RoleGrant(role, agencyId);
	}
}
