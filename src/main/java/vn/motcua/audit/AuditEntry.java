package vn.motcua.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.AuditableEvent;
import vn.motcua.shared.PersonalData;

/**
 * One entry of the audit trail: who did what to which record, when, and the hash that chains it to
 * the entry before ({@code previousHash}). Sequence numbers start at 1 and have no gaps. The agency is
 * the one whose work was changed, none for the installation's own records and for entries written
 * before entries had one (decision 0051).
 */
public record AuditEntry(long sequence, UUID id, Instant occurredAt, Instant recordedAt, String actor, String action,
		String recordType, String recordId, String summary, String previousHash, String hash,
		@Nullable String agencyCode) {

	/** The previous hash of the first entry: 64 zeros. */
	public static final String GENESIS_HASH = "0".repeat(64);

	/**
	 * The entry that follows a chain whose last hash is {@code previousHash}, hashed. Instants keep
	 * microseconds only, the precision both databases store, so that a stored entry hashes the same.
	 * The action is kept in lower case: every entry of the trail, a state change's or a sensitive
	 * read's, is made here, and the action filter ({@link AuditFilter}) and its index compare it
	 * lower-cased, so that no module's action, however composed, can escape the filter by its case.
	 */
	static AuditEntry chained(long sequence, UUID id, AuditableEvent event, Instant recordedAt, String previousHash) {
		var unhashed = new AuditEntry(sequence, id, event.occurredAt().truncatedTo(ChronoUnit.MICROS),
				recordedAt.truncatedTo(ChronoUnit.MICROS), event.actor().name(),
				event.action().toLowerCase(Locale.ROOT), event.recordType(),
				event.recordId(), event.summary(), previousHash, "", event.agencyCode());
		return unhashed.withHash(ChainHash.of(unhashed));
	}

	/** Whether the stored hash still matches the content; false when the entry was changed afterwards. */
	@JsonIgnore
	public boolean isIntact() {
		return ChainHash.of(this).equals(hash);
	}

	/**
	 * The entry as a reader who supervises but does not administer reads it (decision 0031): the citizen
	 * ID numbers, phone numbers and e-mail addresses in its actor (an applicant signs in with one),
	 * record and summary replaced by {@code hidden}. Its hash is then no longer its content's: only the
	 * administrator verifies the chain.
	 */
	public AuditEntry withPersonalDataHidden(String hidden) {
		return new AuditEntry(sequence, id, occurredAt, recordedAt, PersonalData.mask(actor, hidden), action,
				recordType, PersonalData.mask(recordId, hidden), PersonalData.mask(summary, hidden), previousHash, hash,
				agencyCode);
	}

	AuditEntry withHash(String newHash) {
		return new AuditEntry(sequence, id, occurredAt, recordedAt, actor, action, recordType, recordId, summary,
				previousHash, newHash, agencyCode);
	}
}
