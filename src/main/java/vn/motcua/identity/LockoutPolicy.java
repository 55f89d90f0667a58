package vn.motcua.identity;

import java.time.Duration;

/** How many wrong passwords in a row lock an account, and for how long. */
record LockoutPolicy(int maxFailedAttempts, Duration lockDuration) {

	LockoutPolicy {
		if (maxFailedAttempts < 1) {
			throw new IllegalArgumentException("At least one attempt must be allowed");
		}
	}
}
