package vn.motcua.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The columns of an {@link AccountSummary} on the account table, read without the roles. */
record AccountRow(UUID accountId, String username, String displayName, @Nullable String email, boolean enabled,
		@Nullable Instant lockedUntil, PasswordChosenBy passwordChosenBy, Instant passwordChosenAt) {
}
