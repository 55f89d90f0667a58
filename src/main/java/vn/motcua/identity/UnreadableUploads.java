package vn.motcua.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * A multipart body that cannot be read (above the upload limit, cut off, without its boundary) is
 * answered as it is without a session: the page saying the file is too large and naming the limit, or
 * what was wrong, in the user's language (shared {@code MultipartPages}); for the API, the 413 or 400
 * problem detail ({@code MultipartProblems}). The CSRF check looks for the token among the body's
 * fields, and the container then threw, refusing the whole request before any of our answers could be
 * given: the visitor got its bare English 413 page.
 * <p>
 * So such a request is marked here, before the CSRF check, which lets it by ({@link #UNREADABLE}): the
 * access rules still apply, and then the dispatcher fails reading the body again, before it chooses
 * any handler, so nothing of it is taken. Not so for signing in and out, which their filters do before
 * any handler: those keep the CSRF check. The body is not read any earlier than before: the CSRF check
 * read it first already.
 */
final class UnreadableUploads extends OncePerRequestFilter {

	private static final String ATTRIBUTE = UnreadableUploads.class.getName();

	/** A request whose multipart body cannot be read, marked by this filter (a request cannot mark itself). */
	static final RequestMatcher UNREADABLE = request -> request.getAttribute(ATTRIBUTE) != null;

	private final MultipartResolver multipart = new StandardServletMultipartResolver();
	private final RequestMatcher signingInOrOut;

	UnreadableUploads(RequestMatcher signingInOrOut) {
		this.signingInOrOut = signingInOrOut;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (multipart.isMultipart(request) && !signingInOrOut.matches(request) && unreadable(request)) {
			request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		}
		chain.doFilter(request, response);
	}

	private boolean unreadable(HttpServletRequest request) {
		try {
			// the container keeps the parts, or what went wrong reading them, for the dispatcher
			multipart.resolveMultipart(request);
			return false;
		}
		catch (MultipartException e) {
			return true;
		}
	}
}
