package vn.motcua.petition;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hands the reading key issued with an answer, in clear, to the notice of the answer, and to nothing
 * else: not the database (which keeps its hash), not the event publication registry (which stores
 * {@link PetitionAnswered}), not a log. The notice is queued in the answer's transaction just before
 * it commits (decision 0015), so the keys are kept with that transaction and dropped when it ends,
 * committed or not.
 */
@Component
class IssuedReadingKeys {

	/** Keeps the key for the notice of the petition's answer; outside a transaction no notice could take it. */
	void keep(String code, String key) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		Map<String, String> kept = kept();
		if (kept == null) {
			kept = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, kept);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(IssuedReadingKeys.this);
				}
			});
		}
		kept.put(code, key);
	}

	/** The key issued for the petition in this transaction, once: a second notice would not get it. */
	Optional<String> take(String code) {
		Map<String, String> kept = kept();
		return Optional.ofNullable(kept == null ? null : kept.remove(code));
	}

	@SuppressWarnings("unchecked")
	private @Nullable Map<String, String> kept() {
		return (Map<String, String>) TransactionSynchronizationManager.getResource(this);
	}
}
