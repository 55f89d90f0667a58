package vn.motcua.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.motcua.shared.RateLimits;

/**
 * Counts wrong passwords however they arrive (the sign-in form or HTTP Basic on the API), so that
 * the lockout cannot be bypassed through the API, and clears the count on success; counts them against
 * the client address too ({@link SignInLimit}); audits the right password
 * refused because it was a temporary one that expired, however it arrives too.
 */
@Component
class SignInAttempts {

	private final AccountManagement accounts;
	private final RateLimits limits;

	SignInAttempts(AccountManagement accounts, RateLimits limits) {
		this.accounts = accounts;
		this.limits = limits;
	}

	/** A wrong password (or an unknown name) counts against the account and against the address it came from. */
	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedSignIn(event.getAuthentication().getName());
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details) {
			limits.tryAcquire(SignInLimit.LIMIT, details.getRemoteAddress());
		}
	}

	@EventListener
	void on(AuthenticationFailureCredentialsExpiredEvent event) {
		accounts.recordExpiredTemporaryPasswordSignIn(event.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		accounts.recordSuccessfulSignIn(event.getAuthentication().getName());
	}
}
