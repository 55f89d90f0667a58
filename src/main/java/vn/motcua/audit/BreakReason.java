package vn.motcua.audit;

/** Why the audit chain is broken at an entry. */
public enum BreakReason {

	/** The entry's content no longer matches its hash: it was changed after it was recorded. */
	HASH_MISMATCH,

	/**
	 * The entry's previous hash is not the hash of the entry before it (or the chain head does not
	 * point at the last entry): an entry was changed and re-hashed, or one was slipped in.
	 */
	BROKEN_LINK,

	/** A sequence number is missing: the entry with that number was deleted. */
	SEQUENCE_GAP
}
