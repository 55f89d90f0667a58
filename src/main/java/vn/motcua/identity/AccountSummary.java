package vn.motcua.identity;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account as a list of many accounts shows it: its names, its e-mail address, whether it may sign
 * in at the moment it was read, its roles, and its password as a temporary one if someone else chose it.
 * {@link AccountManagement#summaries} reads them for any number of accounts in two queries, where loading
 * the accounts themselves reads each one's roles by a query of its own.
 */
public record AccountSummary(UUID accountId, String username, String displayName, @Nullable String email,
		AccountState state, Set<RoleGrant> roles, @Nullable TemporaryPassword temporaryPassword) {

	public AccountSummary {
		roles = Set.copyOf(roles);
	}

	public boolean holds(RoleGrant grant) {
		return roles.contains(grant);
	}
}
