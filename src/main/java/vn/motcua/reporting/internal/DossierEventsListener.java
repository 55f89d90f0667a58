package vn.motcua.reporting.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierSaved;

/**
 * Feeds the read model: every save of a dossier that changed its status or its holder (after its
 * transaction commits, through the event publication registry, so none is lost) carries the
 * dossier's facts as stored, which replace the older ones.
 */
@Component
class DossierEventsListener {

	private final ReportDossiers reportDossiers;

	DossierEventsListener(ReportDossiers reportDossiers) {
		this.reportDossiers = reportDossiers;
	}

	@ApplicationModuleListener(id = "reporting.dossier-facts")
	void on(DossierSaved saved) {
		reportDossiers.store(saved.facts());
	}
}
