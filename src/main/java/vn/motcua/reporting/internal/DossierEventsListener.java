package vn.motcua.reporting.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierHandedOver;
import vn.motcua.dossier.DossierStatusChanged;

/**
 * Feeds the read model: every dossier event (after its transaction commits, through the event
 * publication registry, so none is lost) refreshes the facts of the dossier it names.
 */
@Component
class DossierEventsListener {

	private final ReportDossiers reportDossiers;

	DossierEventsListener(ReportDossiers reportDossiers) {
		this.reportDossiers = reportDossiers;
	}

	@ApplicationModuleListener
	void on(DossierStatusChanged event) {
		reportDossiers.refresh(event.dossierId());
	}

	@ApplicationModuleListener
	void on(DossierHandedOver event) {
		reportDossiers.refresh(event.dossierId());
	}
}
