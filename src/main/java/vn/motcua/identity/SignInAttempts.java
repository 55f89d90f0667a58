package vn.motcua.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords however they arrive (the sign-in form or HTTP Basic on the API), so that
 * the lockout cannot be bypassed through the API, and clears the count on success; audits the right password
 * refused because it was a temporary one that expired, however it arrives too.
 */
@Component
class SignInAttempts {

	private final AccountManagement accounts;

	SignInAttempts(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		accounts.recordFailedSignIn(event.getAuthentication().getName());
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
