package vn.motcua.counter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InBatches;
import vn.motcua.shared.VietnamTime;

/**
 * Clears the bookers' name, phone and e-mail from the appointments that started longer ago than the
 * configured time (decision 0037: kept no longer than the visit and the questions after it need them), a
 * batch at a time, each with its audit entry. The appointment stays, with its code, slot and status, for
 * the counts; a second run clears nothing more.
 */
@Component
class AppointmentRetention {

	private final AppointmentStore store;
	private final CounterSettings.PersonalData settings;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;

	AppointmentRetention(AppointmentStore store, CounterSettings settings, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions) {
		this.store = store;
		this.settings = settings.personalData();
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/** Clears the personal data of every appointment past its time; how many were cleared. */
	int clearExpired() {
		Instant now = clock.instant();
		LocalDateTime cutoff = LocalDateTime.ofInstant(now.minus(settings.keptFor()), VietnamTime.ZONE);
		return InBatches.deleteAll(inTransaction, settings.batchSize(), () -> {
			List<String> cleared = store.clearPersonalData(cutoff, now, settings.batchSize());
			if (!cleared.isEmpty()) {
				events.publishEvent(new AppointmentPersonalDataCleared(Actor.SYSTEM, now, cutoff, cleared));
			}
			return cleared.size();
		});
	}
}
