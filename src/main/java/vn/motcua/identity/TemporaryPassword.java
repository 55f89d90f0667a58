package vn.motcua.identity;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.VietnamTime;

/**
 * A password that someone else (an administrator) chose for the account, which they know: it works until its
 * expiry, for {@code motcua.identity.temporary-password-valid-for} from when it was chosen, and only to choose the
 * holder's own (decisions 0044, 0053).
 *
 * @param expiresAt the moment it stops working
 * @param expired whether it had stopped working when it was read
 */
public record TemporaryPassword(Instant expiresAt, boolean expired) {

	/** The password as a temporary one, if someone else chose it; none when its holder did: theirs never expires. */
	static @Nullable TemporaryPassword of(PasswordChosenBy chosenBy, Instant chosenAt, Duration validity, Instant now) {
		if (chosenBy == PasswordChosenBy.HOLDER) {
			return null;
		}
		Instant expiresAt = chosenAt.plus(validity);
		return new TemporaryPassword(expiresAt, !now.isBefore(expiresAt));
	}

	/** The expiry as the pages print a time, in Vietnam's time ("14:05 31/03/2026"). */
	public String printedExpiry() {
		return VietnamTime.PRINTED.format(expiresAt);
	}
}
