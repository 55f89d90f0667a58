package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Account;
import vn.motcua.identity.AccountDisabled;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.RolesWithdrawn;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OfficerMoved;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;

/**
 * The current steps assigned to an officer personally go back to the whole unit of each step when the
 * officer can no longer do them: their account is disabled, the step's role is taken away from them, or
 * they move to another unit (the steps they held at the unit they left). Such a step waited for an
 * officer who cannot act on it or no longer sees it, nobody else saw it as free, and the dossier ran
 * past its legal due date unless a unit head happened to notice.
 *
 * <p>Plain {@code @EventListener}s, so they run in the transaction that changed the officer (decision
 * 0015's rule for a listener that writes only its own module's tables and whose change should not stand
 * without it), which holds the account's lock against work being given to it meanwhile (decision 0033);
 * the administrator disabling an account is told at once how many steps went back
 * ({@link AccountDisabled#handedBack(int)}). Undoing the change gives nothing back to the officer: the
 * unit's officers may have taken the steps up meanwhile, and a unit head can still assign one by hand
 * ({@link StepAssignment}).
 */
@Component
class StepsHandedBack {

	/** The reason recorded in the audit trail with each step handed back when the account is disabled. */
	static final String REASON = "account disabled";

	/** The reason when the step's role was taken away from its officer. */
	static final String ROLE_WITHDRAWN = "role withdrawn";

	/** The reason when its officer moved to another unit. */
	static final String MOVED = "officer moved to another unit";

	private final DossierRepository dossiers;
	private final OrganizationManagement organization;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;

	StepsHandedBack(DossierRepository dossiers, OrganizationManagement organization, AccountManagement accounts,
			ApplicationEventPublisher events) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.accounts = accounts;
		this.events = events;
	}

	@EventListener
	void on(AccountDisabled disabled) {
		disabled.handedBack(handBack(disabled.accountId(), dossier -> true, unitOf(disabled.accountId()),
				REASON + ": " + disabled.username(), disabled.actor(), disabled.occurredAt()));
	}

	/** The steps of a role taken away go to the other holders of the role, in the step's or the officer's unit. */
	@EventListener
	void on(RolesWithdrawn withdrawn) {
		handBack(withdrawn.accountId(), dossier -> withdrawn.withdraws(dossier.currentStep().role(), agencyOf(dossier)),
				unitOf(withdrawn.accountId()), ROLE_WITHDRAWN + ": " + withdrawn.username(), withdrawn.actor(),
				withdrawn.occurredAt());
	}

	/**
	 * The steps the officer held at the unit they left (naming it, or naming no unit and so theirs through
	 * them) go to that unit; a step naming the unit they move to stays with them.
	 */
	@EventListener
	void on(OfficerMoved moved) {
		handBack(moved.accountId(), dossier -> !moved.toUnitId().equals(dossier.currentStep().unitId()),
				moved.fromUnitId(), MOVED + ": " + moved.fullName(), moved.actor(), moved.occurredAt());
	}

	/**
	 * A step keeps the officer it was assigned to: a dossier sent back to it, or forwarded to it again
	 * after a send-back, comes back to them. If their account was disabled meanwhile, or the step's role
	 * taken from them, the step goes to the unit instead, as it would have had it been current then. The
	 * account is locked to be read, so that a change at this moment is either seen here or sees this step.
	 */
	void handBackIfHolderCannotHold(Dossier dossier, Actor actor, Instant now) {
		DossierStep step = dossier.currentStep();
		if (step == null || step.holderAccountId() == null || !Dossier.STEP_ASSIGNABLE.contains(dossier.status())) {
			return;
		}
		UUID holder = step.holderAccountId();
		UUID agency = agencyOf(dossier);
		accounts.lockForWork(holder).ifPresent(account -> {
			if (!account.enabled()) {
				dossier.handBackCurrentStep(unitOf(holder), REASON + ": " + account.username(), actor, now);
			}
			else if (!holds(account, step, agency)) {
				dossier.handBackCurrentStep(unitOf(holder), ROLE_WITHDRAWN + ": " + account.username(), actor, now);
			}
		});
	}

	/** Hands back the current steps assigned to the account that match; how many went back. */
	private int handBack(UUID accountId, Predicate<Dossier> matching, @Nullable UUID unit, String reason, Actor actor,
			Instant now) {
		int count = 0;
		for (UUID id : dossiers.idsAtStepAssignedTo(accountId)) {
			Dossier dossier = dossiers.findById(id).orElseThrow();
			if (matching.test(dossier)) {
				dossier.handBackCurrentStep(unit, reason, actor, now);
				dossiers.save(dossier);
				dossier.takeEvents().forEach(events::publishEvent);
				count++;
			}
		}
		return count;
	}

	private static boolean holds(Account account, DossierStep step, @Nullable UUID agency) {
		return account.roles().stream().anyMatch(grant -> grant.role() == step.role() && grant.agencyId() != null
				&& grant.agencyId().equals(agency));
	}

	private @Nullable UUID agencyOf(Dossier dossier) {
		return organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
	}

	private @Nullable UUID unitOf(UUID accountId) {
		return organization.officerOfAccount(accountId).map(Officer::unitId).orElse(null);
	}
}
