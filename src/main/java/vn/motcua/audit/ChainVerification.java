package vn.motcua.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain from its first entry. When it is broken,
 * {@code firstBrokenSequence} names the first entry at fault (for a gap, the missing sequence number)
 * and {@code reason} says what is wrong; {@code entriesChecked} counts the sound entries before it.
 */
public record ChainVerification(boolean valid, long entriesChecked, @Nullable Long firstBrokenSequence,
		@Nullable BreakReason reason) {

	static ChainVerification sound(long entriesChecked) {
		return new ChainVerification(true, entriesChecked, null, null);
	}

	static ChainVerification broken(long entriesChecked, long sequence, BreakReason reason) {
		return new ChainVerification(false, entriesChecked, sequence, reason);
	}
}
