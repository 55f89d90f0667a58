package vn.motcua.organization.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.AccountState;
import vn.motcua.identity.Role;
import vn.motcua.identity.TemporaryPassword;
import vn.motcua.organization.Officer;

/**
 * One line of the officers table: the officer, their unit's name, their roles, whether they can sign in, and the
 * temporary password an administrator gave their account, if they have not replaced it yet.
 */
record OfficerRow(Officer officer, String unitName, String username, List<Role> roles, AccountState state,
		@Nullable TemporaryPassword temporaryPassword) {
}
