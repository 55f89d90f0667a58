package vn.motcua.identity;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * A page's form sent without the token of the visitor's session (CSRF): most often a form left open
 * longer than the session lasts, or across a restart of the server, so its token belongs to a session
 * that no longer exists. The sending is refused, as before, but the visitor gets the page that says
 * the form expired and what to do, with the text they typed ({@code /form-expired},
 * {@code web/ExpiredFormController}), instead of the API's problem detail (JSON) saying that their
 * account may not use this function, which answered every refusal of the CSRF check.
 * <p>
 * The request is forwarded to that page, which processes nothing and is open to anyone (the forward
 * passes the access rules again), with the handler the form was sent to, which names its fields. A
 * multipart body that cannot be read never gets here: {@link UnreadableUploads} lets it by to be
 * refused as such.
 */
@Component
public final class ExpiredForms implements AccessDeniedHandler {

	/** Where the form was sent: its handler, whose module's bundle labels its fields. */
	public static final String HANDLER = ExpiredForms.class.getName() + ".handler";

	/** The page, which the forward reaches and no link names. */
	public static final String PAGE = "/form-expired";

	private final HandlerMapping handlers;

	ExpiredForms(@Qualifier("requestMappingHandlerMapping") HandlerMapping handlers) {
		this.handlers = handlers;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException, ServletException {
		Object handler = handler(request);
		if (handler != null) {
			request.setAttribute(HANDLER, handler);
		}
		// the page answers 403 itself; said here too for where a forward is only recorded (MockMvc)
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.getRequestDispatcher(PAGE).forward(request, response);
	}

	/**
	 * The handler that would have taken the form. Looked up on a view of the request with attributes of
	 * its own, since a lookup leaves its findings on the request, which the forward must not inherit.
	 */
	private @Nullable Object handler(HttpServletRequest request) {
		var lookup = new OwnAttributes(request);
		try {
			ServletRequestPathUtils.parseAndCache(lookup);
			HandlerExecutionChain chain = handlers.getHandler(lookup);
			return chain == null ? null : chain.getHandler();
		}
		catch (Exception noHandler) {
			// a method the address does not take, say: the page then shows no field by its label
			return null;
		}
	}

	private static final class OwnAttributes extends HttpServletRequestWrapper {

		private final Map<String, @Nullable Object> attributes = new HashMap<>();

		OwnAttributes(HttpServletRequest request) {
			super(request);
		}

		@Override
		public @Nullable Object getAttribute(String name) {
			return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, @Nullable Object value) {
			attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			attributes.put(name, null);
		}
	}
}
