package vn.motcua.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.shared.RateLimits;

/**
 * Refuses a sign-in, on the form or by HTTP Basic on the API, from a client address that gave too many
 * wrong passwords lately ({@code motcua.rate-limits.limits.sign-in-failure}), before any password is
 * checked. The account's lock stops many guesses at one account; this stops one address trying a few
 * passwords on many accounts, and keeping the server busy hashing them. {@link SignInAttempts} counts
 * the wrong passwords; a right one takes nothing from the address's allowance.
 */
final class SignInLimit extends OncePerRequestFilter {

	static final String LIMIT = "sign-in-failure";

	private final RateLimits limits;
	private final ApiSecurityProblems apiProblems;

	SignInLimit(RateLimits limits, ApiSecurityProblems apiProblems) {
		this.limits = limits;
		this.apiProblems = apiProblems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean form = "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/login");
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
		if ((form || basic) && !limits.hasRoom(LIMIT, request.getRemoteAddr())) {
			if (form) {
				response.sendRedirect(request.getContextPath() + "/login?error=too-many");
			}
			else {
				apiProblems.tooManySignIns(request, response);
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
