package vn.motcua.identity;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a holder whose password someone else chose (an administrator, who knows it) to the page where they
 * choose their own, before any access rule is judged: a page goes there, the API answers 403 saying why;
 * signing out, the site's assets and the error pages stay reachable. The sign-in carries the mark
 * ({@link AccountPrincipal#mustChooseOwnPassword()}); choosing a password signs the session in again without it,
 * and someone else choosing one changes the password hash, which signs every session out
 * ({@link SignedOutWhenChanged}), so a session's mark is the account's.
 */
final class OwnPasswordFirst extends OncePerRequestFilter {

	/** The page where the holder chooses their own password (the identity module's password page). */
	static final String PASSWORD_PAGE = "/account/password";

	private static final Set<String> REACHABLE = Set.of(PASSWORD_PAGE, "/logout", ExpiredForms.PAGE, "/error",
			"/favicon.ico");
	private static final List<String> ASSETS = List.of("/css/", "/js/", "/images/", "/webjars/");

	private final ApiSecurityProblems apiProblems;

	OwnPasswordFirst(ApiSecurityProblems apiProblems) {
		this.apiProblems = apiProblems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChooseOwnPassword() && !reachable(request)) {
			if (SecurityConfiguration.API.matches(request)) {
				apiProblems.passwordChangeRequired(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean reachable(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return REACHABLE.contains(path) || ASSETS.stream().anyMatch(path::startsWith);
	}
}
