package vn.motcua.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Whether an account may sign in now: active, locked for a while after wrong passwords, or disabled. */
public enum AccountState {
	ACTIVE,
	LOCKED,
	DISABLED;

	/** Disabled wins over locked: a disabled account stays out even after its lock expires. */
	static AccountState of(boolean enabled, @Nullable Instant lockedUntil, Instant now) {
		if (!enabled) {
			return DISABLED;
		}
		return lockedUntil != null && now.isBefore(lockedUntil) ? LOCKED : ACTIVE;
	}
}
