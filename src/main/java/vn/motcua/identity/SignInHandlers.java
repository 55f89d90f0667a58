package vn.motcua.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords (locking the account at the configured limit), clears the count on
 * success, and sends each user to their role's home page unless they were on their way elsewhere.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final AccountManagement accounts;

	SignInHandlers(AccountManagement accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/home");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, jakarta.servlet.ServletException {
		accounts.recordSuccessfulSignIn(authentication.getName());
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason;
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		else {
			String identifier = request.getParameter("username");
			boolean nowLocked = identifier != null && accounts.recordFailedSignIn(identifier);
			reason = nowLocked ? "locked" : "bad-credentials";
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}
}
