package vn.motcua.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs out, before any access rule is judged, a request whose sign-in no longer stands
 * ({@link SignedInAccounts}): its account was disabled, its roles or its password changed since. A page
 * goes to the sign-in page, which says why; the API answers 401.
 */
final class SignedOutWhenChanged extends OncePerRequestFilter {

	static final String SIGN_IN_PAGE = "/login?error=changed";

	private final SignedInAccounts signedIn;
	private final ApiSecurityProblems apiProblems;

	SignedOutWhenChanged(SignedInAccounts signedIn, ApiSecurityProblems apiProblems) {
		this.signedIn = signedIn;
		this.apiProblems = apiProblems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& !signedIn.stillStands(principal)) {
			SecurityContextHolder.clearContext();
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			if (SecurityConfiguration.API.matches(request)) {
				// not a CredentialsExpiredException: the API answers that one as an expired temporary password
				apiProblems.commence(request, response, new SessionAuthenticationException("The account changed"));
			}
			else {
				response.sendRedirect(request.getContextPath() + SIGN_IN_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
