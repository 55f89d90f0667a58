package vn.motcua.identity;

import java.util.Set;
import java.util.UUID;

/** The signed-in account, as pages and services of other modules see it. */
public record CurrentUser(UUID accountId, String username, String displayName, AccountKind kind,
		Set<RoleGrant> roles) {

	public CurrentUser {
		roles = Set.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.stream().anyMatch(grant -> grant.role() == role);
	}

	/** Whether the account holds the role for that agency: officer roles never reach past their agency. */
	public boolean hasRole(Role role, UUID agencyId) {
		return roles.stream().anyMatch(grant -> grant.role() == role && agencyId.equals(grant.agencyId()));
	}

	public boolean isApplicant() {
		return kind.isApplicant();
	}

	static CurrentUser of(Account account) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), account.kind(),
				account.roles());
	}
}
