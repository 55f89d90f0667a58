package vn.motcua.organization;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.PasswordChosenBy;
import vn.motcua.identity.Role;

/**
 * What an administrator gives to create an officer and their account.
 *
 * @param passwordChosenBy who chose the initial password: the administrator's ({@code SOMEONE_ELSE}) the officer
 *        must replace at their first sign-in
 */
public record OfficerRegistration(UUID agencyId, UUID unitId, String fullName, String positionTitle, String username,
		@Nullable String phone, @Nullable String email, String initialPassword, Set<Role> roles,
		PasswordChosenBy passwordChosenBy) {
}
