package vn.motcua.reporting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.dossier.DossierFacts;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.reporting.internal.ReportDossiers;
import vn.motcua.shared.Actor;

/**
 * Writes every dossier's row of the reports' read model again from the dossier as it stands: after
 * an upgrade that added facts (rows written before V14.2 lack the e-result flags) or should a row
 * ever disagree with its dossier. The reports stay available meanwhile: each batch replaces its rows
 * in a transaction of its own, and a dossier saved during the rebuild keeps its newer row (the read
 * model keeps the highest version). It runs in the background on the instance that was asked, one
 * at a time; each batch is read in six queries and written in batched statements (a million
 * generated dossiers in under a minute on the benchmark machine).
 */
@Component
public class ReadModelRebuild implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
	static final String RECORD_TYPE = "ReportReadModel";

	/**
	 * Where the last rebuild on this instance stands.
	 *
	 * @param dossiers rows written so far
	 * @param failure why it stopped early, if it did (it can be started again: a row is written whole)
	 */
	public record Progress(boolean running, long dossiers, @Nullable String startedBy, @Nullable Instant startedAt,
			@Nullable Instant finishedAt, @Nullable String failure) {

		static final Progress NEVER = new Progress(false, 0, null, null, null, null);
	}

	private final DossierManagement dossiers;
	private final ReportDossiers reportDossiers;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;
	private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.NEVER);
	private final int batchSize;
	// a thread of its own, not the shared task executor: a rebuild of hours would hold one of its threads
	private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("read-model-rebuild-");
	private volatile boolean stopping;

	@Autowired
	ReadModelRebuild(DossierManagement dossiers, ReportDossiers reportDossiers, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions) {
		this(dossiers, reportDossiers, events, clock, transactions, 500);
	}

	ReadModelRebuild(DossierManagement dossiers, ReportDossiers reportDossiers, ApplicationEventPublisher events,
			Clock clock, PlatformTransactionManager transactions, int batchSize) {
		// tests use small batches, to cross batch boundaries with a few dossiers
		this.dossiers = dossiers;
		this.reportDossiers = reportDossiers;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
		this.batchSize = batchSize;
		background.setDaemon(true);
	}

	public Progress progress() {
		return progress.get();
	}

	/**
	 * Starts a rebuild in the background, audited in the actor's name.
	 *
	 * @return false, and nothing started, when one is already running on this instance
	 */
	public boolean start(Actor actor) {
		Progress current = progress.get();
		Instant now = clock.instant();
		if (current.running() || !progress.compareAndSet(current, new Progress(true, 0, actor.name(), now, null, null))) {
			return false;
		}
		try {
			audit(actor, now, "reporting.read-model.rebuild-started", "rebuild of the reports' read model started");
			background.execute(() -> rebuild(actor, now));
		}
		catch (RuntimeException failure) {
			progress.set(current); // not started: a later request may try again
			throw failure;
		}
		return true;
	}

	/** A running rebuild stops after its current batch when the application shuts down. */
	@Override
	public void destroy() {
		stopping = true;
	}

	/** The rebuild itself, on the calling thread; the number of rows written. */
	long rebuild(Actor actor, Instant startedAt) {
		long written = 0;
		try {
			UUID last = null;
			List<DossierFacts> batch;
			do {
				batch = writeBatchAfter(last);
				written += batch.size();
				progress.set(new Progress(true, written, actor.name(), startedAt, null, null));
				last = batch.isEmpty() ? last : batch.get(batch.size() - 1).id();
			}
			while (batch.size() == batchSize && !stopping);
			if (batch.size() == batchSize) {
				throw new IllegalStateException("stopped before the last dossier: the application shut down");
			}
			Instant finished = clock.instant();
			progress.set(new Progress(false, written, actor.name(), startedAt, finished, null));
			audit(actor, finished, "reporting.read-model.rebuilt", written + " dossiers' rows written again");
			return written;
		}
		catch (RuntimeException failure) {
			log.error("The rebuild of the reports' read model stopped after {} dossiers", written, failure);
			Instant finished = clock.instant();
			progress.set(new Progress(false, written, actor.name(), startedAt, finished, String.valueOf(failure)));
			audit(actor, finished, "reporting.read-model.rebuild-failed",
					"stopped after " + written + " dossiers: " + failure.getClass().getSimpleName());
			throw failure;
		}
	}

	private List<DossierFacts> writeBatchAfter(@Nullable UUID last) {
		List<DossierFacts> batch = inTransaction.execute(status -> {
			List<DossierFacts> facts = dossiers.factsAfter(last, batchSize);
			reportDossiers.storeAll(facts);
			return facts;
		});
		return batch == null ? List.of() : batch;
	}

	private void audit(Actor actor, Instant at, String action, String summary) {
		inTransaction.executeWithoutResult(
				status -> events.publishEvent(new ReportingChanged(actor, at, action, RECORD_TYPE, "report_dossier", summary)));
	}
}
