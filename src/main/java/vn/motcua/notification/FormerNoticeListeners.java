package vn.motcua.notification;

import java.util.Set;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.DossierApologized;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.petition.PetitionAnswered;
import vn.motcua.shared.FormerListeners;

/**
 * Until December 2026 notices were queued after the commit by listeners of the event publication
 * registry (decision 0015). What they had not processed when the application stopped is queued at
 * start-up; a notice already queued is not queued again (its idempotency key).
 */
@Component
class FormerNoticeListeners {

	static final Set<String> FORMER_LISTENERS = Set.of("notification.dossier-status", "notification.dossier-apology",
			"notification.petition-answered");

	private final FormerListeners formerListeners;
	private final DossierNotices dossierNotices;
	private final PetitionNotices petitionNotices;

	FormerNoticeListeners(FormerListeners formerListeners, DossierNotices dossierNotices,
			PetitionNotices petitionNotices) {
		this.formerListeners = formerListeners;
		this.dossierNotices = dossierNotices;
		this.petitionNotices = petitionNotices;
	}

	/** @return how many events were handed over */
	@EventListener(ApplicationReadyEvent.class)
	int queue() {
		return formerListeners.handle(FORMER_LISTENERS::contains, event -> {
			if (event instanceof DossierStatusChanged change) {
				dossierNotices.on(change);
			}
			else if (event instanceof DossierApologized apology) {
				dossierNotices.on(apology);
			}
			else if (event instanceof PetitionAnswered answered) {
				petitionNotices.on(answered);
			}
			else {
				throw new IllegalArgumentException("Not a notice's event: " + event.getClass().getName());
			}
		});
	}
}
