package vn.motcua.audit;

import org.jspecify.annotations.Nullable;

/**
 * Walks the chain entry by entry, in sequence order, and stops at the first break. Holds only the
 * last sound entry's number and hash, so that a chain of any length is checked in little memory.
 */
final class ChainCheck {

	private long sound;
	private long expectedSequence = 1;
	private String expectedPreviousHash = AuditEntry.GENESIS_HASH;
	private @Nullable ChainVerification broken;

	/** Checks the next entry; false once the chain is broken (later entries are then not looked at). */
	boolean accept(AuditEntry entry) {
		if (broken != null) {
			return false;
		}
		if (entry.sequence() != expectedSequence) {
			return fail(expectedSequence, BreakReason.SEQUENCE_GAP);
		}
		if (!entry.isIntact()) {
			return fail(entry.sequence(), BreakReason.HASH_MISMATCH);
		}
		if (!entry.previousHash().equals(expectedPreviousHash)) {
			return fail(entry.sequence(), BreakReason.BROKEN_LINK);
		}
		sound++;
		expectedSequence++;
		expectedPreviousHash = entry.hash();
		return true;
	}

	/**
	 * The result once every entry up to the head was accepted. The head must point at the last entry:
	 * otherwise entries at the end were deleted, or the last one was changed and re-hashed.
	 */
	ChainVerification result(ChainHead head) {
		if (broken != null) {
			return broken;
		}
		if (head.lastSequence() >= expectedSequence) {
			return ChainVerification.broken(sound, expectedSequence, BreakReason.SEQUENCE_GAP);
		}
		if (!head.lastHash().equals(expectedPreviousHash)) {
			return ChainVerification.broken(sound, head.lastSequence(), BreakReason.BROKEN_LINK);
		}
		return ChainVerification.sound(sound);
	}

	private boolean fail(long sequence, BreakReason reason) {
		broken = ChainVerification.broken(sound, sequence, reason);
		return false;
	}
}
