package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountDisabled;
import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;

/**
 * When an officer's account is disabled, the current steps assigned to them personally go back to
 * the whole unit of each step: such a step waited for an account nobody can sign in to, nobody was
 * told, and the dossier ran past its legal due date unless a unit head happened to notice.
 *
 * <p>A plain {@code @EventListener}, so it runs while the account is disabled, in that transaction
 * (decision 0015's rule for a listener that writes only its own module's tables and whose change
 * should not stand without it): the account is not disabled with steps still waiting for it, and the
 * administrator is told at once how many steps went back ({@link AccountDisabled#handedBack(int)}).
 * Enabling the account again gives nothing back to it: the unit's officers may have taken the steps
 * up meanwhile, and a unit head can still assign one by hand ({@link StepAssignment}).
 */
@Component
class StepsOfDisabledAccounts {

	/** The reason recorded in the audit trail with each step handed back. */
	static final String REASON = "account disabled";

	private final DossierRepository dossiers;
	private final OrganizationManagement organization;
	private final AccountManagement accounts;
	private final ApplicationEventPublisher events;

	StepsOfDisabledAccounts(DossierRepository dossiers, OrganizationManagement organization,
			AccountManagement accounts, ApplicationEventPublisher events) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.accounts = accounts;
		this.events = events;
	}

	@EventListener
	void on(AccountDisabled disabled) {
		List<UUID> assigned = dossiers.idsAtStepAssignedTo(disabled.accountId());
		if (assigned.isEmpty()) {
			return;
		}
		@Nullable UUID unit = unitOf(disabled.accountId());
		for (UUID id : assigned) {
			Dossier dossier = dossiers.findById(id).orElseThrow();
			dossier.handBackCurrentStep(unit, REASON + ": " + disabled.username(), disabled.actor(),
					disabled.occurredAt());
			dossiers.save(dossier);
			dossier.takeEvents().forEach(events::publishEvent);
		}
		disabled.handedBack(assigned.size());
	}

	/**
	 * A step keeps the officer it was assigned to: a dossier sent back to it, or forwarded to it again
	 * after a send-back, comes back to them. If their account was disabled meanwhile, the step goes to
	 * the unit instead, as it would have had it been current when the account was disabled. The account
	 * is locked to be read, so that a disable at this moment is either seen here or sees this step.
	 */
	void handBackIfHolderDisabled(Dossier dossier, Actor actor, Instant now) {
		DossierStep step = dossier.currentStep();
		if (step == null || step.holderAccountId() == null || !Dossier.STEP_ASSIGNABLE.contains(dossier.status())) {
			return;
		}
		UUID holder = step.holderAccountId();
		accounts.lockForWork(holder).filter(account -> !account.enabled()).ifPresent(account -> dossier
			.handBackCurrentStep(unitOf(holder), REASON + ": " + account.username(), actor, now));
	}

	private @Nullable UUID unitOf(UUID accountId) {
		return organization.officerOfAccount(accountId).map(Officer::unitId).orElse(null);
	}
}
