package vn.motcua.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Sends each user to their home page after signing in (unless they were on their way elsewhere),
 * and back to the sign-in page with the reason when it fails; {@link SignInAttempts} counts.
 */
@Component
class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	private final AccountManagement accounts;

	SignInHandlers(AccountManagement accounts) {
		this.accounts = accounts;
		setDefaultTargetUrl("/home");
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
		else if (exception instanceof CredentialsExpiredException) {
			// the right password, but one an administrator chose and which expired (AccountPrincipal)
			reason = "temporary-password-expired";
		}
		else {
			String identifier = request.getParameter("username");
			reason = identifier != null && accounts.isLocked(identifier) ? "locked" : "bad-credentials";
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}
}
