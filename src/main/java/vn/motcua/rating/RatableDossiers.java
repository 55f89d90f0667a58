package vn.motcua.rating;

import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.dossier.DossierHandling;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.Actor;

/**
 * Records which dossiers may be rated: when a result is returned (from the dossier module's event,
 * after its commit), or on the applicant's first visit if that comes first. Recording is idempotent.
 */
@Component
class RatableDossiers {

	private final RatableDossierRepository ratables;
	private final DossierManagement dossiers;
	private final CatalogManagement catalog;
	private final OfficerDirectory officers;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate newTransaction;

	RatableDossiers(RatableDossierRepository ratables, DossierManagement dossiers, CatalogManagement catalog,
			OfficerDirectory officers, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.ratables = ratables;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.officers = officers;
		this.events = events;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Only a return makes a dossier ratable; the condition is also the event publication registry's,
	 * so no other status change is stored for this listener (four of a lifecycle's five).
	 */
	@ApplicationModuleListener(id = "rating.ratable",
			condition = "#changed.status().name() == 'RETURNED' && #changed.previous()?.name() != 'RETURNED'")
	void on(DossierStatusChanged changed) {
		dossiers.handling(changed.code()).ifPresent(this::recordIfAbsent);
	}

	/**
	 * The ratable record of a returned dossier, recorded now if the listener has not run yet (in a
	 * transaction of its own, so that a race with the listener costs nothing but a second read).
	 */
	RatableDossier require(DossierHandling handling) {
		Optional<RatableDossier> known = ratables.findById(handling.dossierId());
		if (known.isPresent()) {
			return known.get();
		}
		try {
			newTransaction.executeWithoutResult(status -> recordIfAbsent(handling));
		}
		catch (DataIntegrityViolationException | DbActionExecutionException raced) {
			// the listener recorded it in the meantime
		}
		return ratables.findById(handling.dossierId()).orElseThrow();
	}

	private void recordIfAbsent(DossierHandling handling) {
		if (handling.status() != DossierStatus.RETURNED || ratables.existsById(handling.dossierId())) {
			return;
		}
		RatableDossier ratable = ratables.save(new RatableDossier(handling.dossierId(), null, handling.code(),
				handling.accountId(), handling.agencyCode(), handling.procedureCode(), handling.procedureName(),
				sectorCode(handling), handling.returnedAt() == null ? clock.instant() : handling.returnedAt(),
				officers.officers(handling.handlers()).stream()
					.map(officer -> new RatableDossier.Handler(officer.username(), officer.fullName(), officer.unitId(),
							officer.unitName()))
					.toList()));
		events.publishEvent(new DossierRatable(Actor.SYSTEM, clock.instant(), ratable.dossierCode(),
				ratable.agencyCode(), ratable.procedureCode(), ratable.handlers().size()));
	}

	/**
	 * The sector of the procedure version the dossier was handled under, if the catalogue knows it.
	 * Asked as an optional: a not-found exception thrown through the catalogue's transactional method
	 * would mark this transaction for rollback, even if caught here.
	 */
	@Nullable
	String sectorCode(DossierHandling handling) {
		return catalog.findVersion(handling.procedureVersionId())
			.map(version -> version.content().sectorCode())
			.orElse(null);
	}
}
