package vn.motcua.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code motcua.identity.*}).
 *
 * @param maxFailedAttempts wrong passwords in a row that lock an account
 * @param lockDuration how long a locked account stays locked
 * @param minPasswordLength the shortest password accepted at registration
 * @param passwordResetValidFor how long a link to choose a new password works
 * @param temporaryPasswordValidFor how long a password someone else (an administrator) chose works, from when they
 *        chose it: a temporary one, to choose the holder's own with (decision 0053)
 */
@ConfigurationProperties("motcua.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("10") int minPasswordLength, @DefaultValue("30m") Duration passwordResetValidFor,
		@DefaultValue("7d") Duration temporaryPasswordValidFor) {

	LockoutPolicy lockoutPolicy() {
		return new LockoutPolicy(maxFailedAttempts, lockDuration);
	}
}
