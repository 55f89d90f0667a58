package vn.motcua.reporting.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.dossier.DossierSaved;

/**
 * Feeds the read model: every save of a dossier that changed its status or its holder carries the
 * dossier's facts as stored, which replace the older ones in the same transaction, just before it
 * commits. The read model never lags behind the dossiers, and a change costs one row written instead
 * of a publication in the event publication registry and a transaction of its own.
 */
@Component
class DossierEventsListener {

	private final ReportDossiers reportDossiers;

	DossierEventsListener(ReportDossiers reportDossiers) {
		this.reportDossiers = reportDossiers;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(DossierSaved saved) {
		reportDossiers.store(saved.facts());
	}
}
