package vn.motcua.audit;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;
import vn.motcua.shared.InvalidRequestException;

/**
 * The audit module's entry point: records sensitive reads, lists entries and verifies the chain.
 * State changes reach the trail as events ({@link AuditableEvent}), never by a call.
 */
@Service
public class AuditTrail {

	/** The largest page a caller may ask for. */
	public static final int MAX_PAGE_SIZE = 200;

	private static final int VERIFICATION_BATCH = 500;
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
		return append(new SensitiveRead(actor, clock.instant(), action, recordType, recordId, summary));
	}

	/** Entries matching the filter, newest first. */
	public AuditPage entries(AuditFilter filter, int page, int size) {
		if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidRequestException("audit.paging.invalid", MAX_PAGE_SIZE);
		}
		List<AuditEntry> content = entries.search(filter, page, size);
		return new AuditPage(content, page, size, entries.count(filter));
	}

	/**
	 * Checks the whole chain from its first entry up to the head as it stands now, in batches, and
	 * names the first broken entry.
	 */
	public ChainVerification verify() {
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
	 * Appends a state change as the chain's next entry, in the transaction that made the change when
	 * there is one: the entry commits with the change or not at all.
	 */
	AuditEntry record(AuditableEvent event) {
		return TransactionSynchronizationManager.isActualTransactionActive() ? appendUnderLock(event) : append(event);
	}

	/** Appends the event as the chain's next entry, in a transaction of its own. */
	AuditEntry append(AuditableEvent event) {
		for (int attempt = 1;; attempt++) {
			try {
				return Objects.requireNonNull(ownTransaction.execute(status -> appendUnderLock(event)));
			}
			catch (TransientDataAccessException e) {
				if (attempt == APPEND_ATTEMPTS) {
					throw e;
				}
			}
		}
	}

	private AuditEntry appendUnderLock(AuditableEvent event) {
		ChainHead head = entries.lockHead();
		AuditEntry entry = AuditEntry.chained(head.lastSequence() + 1, UUID.randomUUID(), event, clock.instant(),
				head.lastHash());
		entries.append(entry);
		return entry;
	}
}
