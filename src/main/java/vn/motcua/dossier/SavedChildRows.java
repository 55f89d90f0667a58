package vn.motcua.dossier;

import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.motcua.dossier.DossierRepository.StoredRows;

/**
 * The child rows of recently saved dossiers, each with the version it was committed under. A
 * version names one committed state: a save checks the version it read, so only one save can commit
 * each version, and the rows it wrote are what any reader of that version finds. A load that reads
 * the dossier row and sees the same version takes the rows from here instead of querying the five
 * child tables again (a processing step's dossier is loaded again and again within seconds: by the
 * officer's page, the action and the listeners after its commit).
 *
 * <p>Rows are kept only after the transaction that wrote them commits, so a rolled-back save leaves
 * nothing that another instance's commit of the same version could contradict; a newer version is
 * never replaced by an older one. Anything that writes the child tables must go through
 * {@link DossierRepository}, which moves the version on every save.
 */
@Component
class SavedChildRows {

	private record Saved(long version, StoredRows rows) {
	}

	private final Cache<UUID, Saved> saved;

	SavedChildRows(@Value("${motcua.dossier.saved-rows-cache-size:5000}") long size) {
		this.saved = Caffeine.newBuilder().maximumSize(size).build();
	}

	/** The rows committed under that version of the dossier, when they are still held. */
	Optional<StoredRows> of(UUID dossierId, long version) {
		Saved held = saved.getIfPresent(dossierId);
		return held != null && held.version() == version ? Optional.of(held.rows()) : Optional.empty();
	}

	/**
	 * Holds the rows just written under that version once the current transaction commits (at once
	 * when there is none: each statement has committed by itself).
	 */
	void written(UUID dossierId, long version, StoredRows rows) {
		Saved written = new Saved(version, rows);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			hold(dossierId, written);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				hold(dossierId, written);
			}
		});
	}

	private void hold(UUID dossierId, Saved written) {
		saved.asMap().merge(dossierId, written, (held, newer) -> newer.version() > held.version() ? newer : held);
	}
}
