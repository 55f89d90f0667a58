package vn.motcua.reporting.internal;

import java.util.Set;
import java.util.UUID;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierHandedOver;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.shared.FormerListeners;

/**
 * The read model used to refresh a dossier on each of its status changes and hand-overs, by two
 * listeners that read the dossier again; it now keeps the facts each save publishes. What those
 * listeners had not processed when the application stopped is refreshed at start-up.
 */
@Component
class FormerDossierListeners {

	/** Their ids, Spring's default: the listener method's name and parameter types. */
	static final Set<String> IDS = Set.of(
			"vn.motcua.reporting.internal.DossierEventsListener.on(vn.motcua.dossier.DossierStatusChanged)",
			"vn.motcua.reporting.internal.DossierEventsListener.on(vn.motcua.dossier.DossierHandedOver)");

	private final FormerListeners formerListeners;
	private final ReportDossiers reportDossiers;

	FormerDossierListeners(FormerListeners formerListeners, ReportDossiers reportDossiers) {
		this.formerListeners = formerListeners;
		this.reportDossiers = reportDossiers;
	}

	/** @return how many events were handled */
	@EventListener(ApplicationReadyEvent.class)
	int refresh() {
		return formerListeners.handle(IDS::contains, event -> reportDossiers.refresh(dossierId(event)));
	}

	private static UUID dossierId(Object event) {
		return event instanceof DossierStatusChanged changed ? changed.dossierId()
				: ((DossierHandedOver) event).dossierId();
	}
}
