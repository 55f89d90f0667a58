package vn.motcua.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import vn.motcua.shared.Actor;

/**
 * An administrator took roles away from an officer's account, which still signs in. Work the officer
 * holds personally in one of those roles (a dossier's current step of that role) can no longer be done
 * by them, and nobody else sees it as free: the modules holding such work listen synchronously (a plain
 * {@code @EventListener}, in the changing transaction, as for {@link AccountDisabled}) and give it back
 * to whoever else holds the role. Published with the account locked against work being given to it
 * ({@link AccountManagement#lockForWork}), so a step given to the officer in that role at this moment
 * is either seen and given back or refused (decision 0033). The audit trail records the change from
 * {@link AccountChanged}.
 *
 * @param withdrawn the grants the account held before and holds no longer
 */
public record RolesWithdrawn(Actor actor, Instant occurredAt, UUID accountId, String username,
		Set<RoleGrant> withdrawn) {

	public RolesWithdrawn {
		withdrawn = Set.copyOf(withdrawn);
	}

	/** Whether the account no longer holds that role in that agency. */
	public boolean withdraws(Role role, UUID agencyId) {
		return withdrawn.contains(new RoleGrant(role, agencyId));
	}
}
