package vn.motcua.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.TimeOrderedIds;

/**
 * The audit module's entry point: records sensitive reads, lists entries and verifies the chain.
 * State changes reach the trail as events ({@link AuditableEvent}), never by a call: a change made in
 * a transaction is written, with that transaction and without a lock, to wait for the chain, and
 * {@link #seal()} chains what has committed (decision 0008).
 */
@Service
public class AuditTrail {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;
	/**
	 * A filtered page counts its matches up to this many. A busy officer's or a record type's entries
	 * run into the millions over the years, and counting them all read each one's index entry on every
	 * page; beyond this many the page says "more than" and pages on without the exact number.
	 */
	public static final int MOST_COUNTED = 10_000;

	private static final int VERIFICATION_BATCH = 500;
	/** The most waiting entries one transaction of {@link #seal()} chains. */
	private static final int SEAL_BATCH = 500;
	/** An append waits on the chain's lock; H2 gives up after a second, so a busy moment is retried. */
	private static final int APPEND_ATTEMPTS = 5;

	private final AuditEntries entries;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	AuditTrail(AuditEntries entries, PlatformTransactionManager transactions, Clock clock) {
		this.entries = entries;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records at once that someone read a sensitive record (a denouncer's identity, say). It commits
	 * on its own, so the read stays recorded even when the caller's transaction rolls back.
	 *
	 * @param action a short verb phrase in English, such as {@code denunciation.identity.read}
	 * @param summary one line, without the secret itself
	 */
	public AuditEntry recordRead(Actor actor, String action, String recordType, String recordId, String summary) {
		return recordRead(actor, null, action, recordType, recordId, summary);
	}

	/**
	 * The same for a record of one agency's (a dossier's, a petition's), whose People's Inspection Board
	 * then reads the entry; none for the installation's (decision 0051).
	 */
	public AuditEntry recordRead(Actor actor, @Nullable String agencyCode, String action, String recordType,
			String recordId, String summary) {
		return append(new SensitiveRead(actor, clock.instant(), action, recordType, recordId, summary, agencyCode));
	}

	/**
	 * Entries matching the filter, newest first; every change committed before the call is among them.
	 * The whole trail's pages are read by their sequence numbers, which run from 1 to the head's without
	 * a gap: a page deep in years of entries costs what the first does, and the count is the head's,
	 * where counting and skipping rows would read the whole table. A filtered page reads one entry more
	 * than it shows, to know whether another page follows, and counts at most {@link #MOST_COUNTED}. Only
	 * the entries in the reader's scope are read (decision 0051).
	 */
	public AuditPage entries(AuditFilter filter, AuditScope scope, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidRequestException("audit.paging.invalid", MAX_PAGE_SIZE);
		}
		if (scope.isEmpty()) {
			return new AuditPage(List.of(), page, size, 0, true, false);
		}
		seal();
		if (scope.whole() && filter.equals(AuditFilter.none())) {
			long last = entries.head().lastSequence();
			long top = last - (long) page * size;
			return new AuditPage(entries.upTo(top, size), page, size, last, true, top > size);
		}
		AuditEntries.Criteria criteria = entries.criteria(filter, scope);
		List<AuditEntry> read = entries.search(criteria, (long) page * size, size + 1);
		long counted = entries.count(criteria, MOST_COUNTED + 1L);
		boolean exact = counted <= MOST_COUNTED;
		return new AuditPage(read.subList(0, Math.min(size, read.size())), page, size,
				exact ? counted : MOST_COUNTED, exact, read.size() > size);
	}

	/**
	 * The actions the trail holds, for a filter to offer: no module lists the actions it writes (some
	 * compose them, as a dossier's status), so they are read from the index on the action, one entry per
	 * action.
	 */
	public List<String> actions() {
		return entries.actions();
	}

	/**
	 * Checks the whole chain from its first entry up to the head as it stands now (after chaining what
	 * was waiting), in batches, and names the first broken entry.
	 */
	public ChainVerification verify() {
		seal();
		ChainHead head = entries.head();
		var check = new ChainCheck();
		long after = 0;
		List<AuditEntry> batch;
		do {
			batch = entries.chainPart(after, head.lastSequence(), VERIFICATION_BATCH);
			for (AuditEntry entry : batch) {
				if (!check.accept(entry)) {
					return check.result(head);
				}
				after = entry.sequence();
			}
		}
		while (batch.size() == VERIFICATION_BATCH);
		return check.result(head);
	}

	/**
	 * Chains the state changes that committed since the last call, in order of arrival, under the chain
	 * head's lock, in transactions of its own; returns how many. Runs every
	 * {@code motcua.audit.seal-delay} and before the trail is read or verified. Instances take turns on
	 * the head's lock, and each chains only what the one before left waiting.
	 */
	public int seal() {
		if (!entries.anyPending()) {
			return 0; // without taking the lock, which every instance's schedule would take every few seconds
		}
		int sealed = 0;
		int batch;
		do {
			batch = retried(this::sealBatch);
			sealed += batch;
		}
		while (batch == SEAL_BATCH);
		return sealed;
	}

	/**
	 * Records a state change: in the transaction that made it when there is one (it commits with the
	 * change or not at all, and waits for {@link #seal()}), else at once on the chain.
	 */
	void record(AuditableEvent event) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			entries.addPending(PendingEntry.of(event, clock.instant()));
		}
		else {
			append(event);
		}
	}

	/** Appends the event as the chain's next entry, in a transaction of its own. */
	AuditEntry append(AuditableEvent event) {
		return retried(() -> {
			ChainHead head = entries.lockHead();
			AuditEntry entry = AuditEntry.chained(head.lastSequence() + 1, TimeOrderedIds.next(), event, clock.instant(),
					head.lastHash());
			entries.append(List.of(entry));
			return entry;
		});
	}

	private int sealBatch() {
		ChainHead head = entries.lockHead();
		List<PendingEntry> pending = entries.pending(SEAL_BATCH);
		if (pending.isEmpty()) {
			return 0;
		}
		List<AuditEntry> chained = new ArrayList<>(pending.size());
		long sequence = head.lastSequence();
		String previousHash = head.lastHash();
		for (PendingEntry waiting : pending) {
			AuditEntry entry = AuditEntry.chained(++sequence, waiting.id(), waiting, waiting.recordedAt(), previousHash);
			chained.add(entry);
			previousHash = entry.hash();
		}
		entries.append(chained);
		entries.removePending(pending.stream().map(PendingEntry::id).toList());
		return pending.size();
	}

	/** Runs the work in a transaction of its own, again when the chain's lock was not had in time. */
	private <T> T retried(Supplier<T> work) {
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(ownTransaction.execute(status -> work.get()));
			}
			catch (TransientDataAccessException e) {
				if (attempt == APPEND_ATTEMPTS) {
					throw e;
				}
			}
		}
	}
}
