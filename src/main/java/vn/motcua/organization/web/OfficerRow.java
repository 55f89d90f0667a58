package vn.motcua.organization.web;

import java.util.List;

import vn.motcua.identity.AccountState;
import vn.motcua.identity.Role;
import vn.motcua.organization.Officer;

/** One line of the officers table: the officer, their unit's name, their roles and whether they can sign in. */
record OfficerRow(Officer officer, String unitName, String username, List<Role> roles, AccountState state) {
}
