package vn.motcua.organization;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;

/**
 * An officer now works in another unit of their agency. The work they hold personally at the unit
 * they left (a dossier's current step, a petition) is that unit's: its head no longer sees it among
 * their officers' work, and a step naming that unit no longer shows in the officer's queue. The modules
 * holding such work listen synchronously (a plain {@code @EventListener}, in the moving transaction, as
 * for an account's disable) and give it back to the unit left. Published with the officer's account
 * locked against work being given to them ({@code AccountManagement.lockAgainstWork}), so that work
 * given at this moment is either seen and handed back or given after the move (decision 0033). The audit
 * trail records the move from {@link OrganizationChanged}.
 */
public record OfficerMoved(Actor actor, Instant occurredAt, UUID officerId, UUID accountId, String fullName,
		UUID fromUnitId, UUID toUnitId) {
}
