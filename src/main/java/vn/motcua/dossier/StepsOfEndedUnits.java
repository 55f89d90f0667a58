package vn.motcua.dossier;

import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitsReorganized;

/**
 * When units are merged or split, the steps not yet done at them, in the dossiers still being
 * handled, move to the successor that takes their open work: the current step (so the dossier leaves
 * the ended unit's queue for its successor's) and the steps planned after it. Steps already done keep
 * naming the unit they were done in, as do the ended dossiers. A step assigned to an officer a split
 * sent to another successor than the open work's goes to the whole successor unit.
 *
 * <p>A plain {@code @EventListener}, in the reorganising transaction, as {@link UnitsReorganized}
 * asks (decision 0036). Each dossier is saved through {@link DossierRepository}, which checks its
 * version: an officer who claims or hands over a step of the same dossier at the same moment either
 * committed first, and the dossier is read again here and moved with their change, or commits after,
 * and their save fails on the version and is made again on the moved dossier. Either way the step
 * ends at the successor.
 */
@Component
class StepsOfEndedUnits {

	/** Reading a dossier again after a concurrent change; more than a few in a row means something else. */
	private static final int ATTEMPTS = 3;

	private final DossierRepository dossiers;
	private final OrganizationManagement organization;
	private final ApplicationEventPublisher events;

	StepsOfEndedUnits(DossierRepository dossiers, OrganizationManagement organization,
			ApplicationEventPublisher events) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.events = events;
	}

	@EventListener
	void on(UnitsReorganized reorganized) {
		List<UUID> waiting = dossiers.idsWithOpenStepsAt(reorganized.openWorkTo().keySet());
		for (UUID id : waiting) {
			move(id, reorganized, 1);
		}
		reorganized.workMoved(waiting.size());
	}

	/** Read in the reorganising transaction: where it moved the officer, not where they were. */
	private boolean belongsTo(UUID accountId, UUID unitId) {
		return organization.officerOfAccount(accountId).map(Officer::unitId).filter(unitId::equals).isPresent();
	}

	private void move(UUID id, UnitsReorganized reorganized, int attempt) {
		Dossier dossier = dossiers.findById(id).orElseThrow();
		dossier.moveOpenSteps(reorganized.openWorkTo(), this::belongsTo, reorganized.reason(), reorganized.actor(),
				reorganized.occurredAt());
		try {
			dossiers.save(dossier);
		}
		catch (OptimisticLockingFailureException changedMeanwhile) {
			if (attempt >= ATTEMPTS) {
				throw changedMeanwhile;
			}
			move(id, reorganized, attempt + 1);
			return;
		}
		dossier.takeEvents().forEach(events::publishEvent);
	}
}
