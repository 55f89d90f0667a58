package vn.motcua.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** 401, 403 and 429 for API callers as RFC 9457 problem details, in the language they ask for. */
@Component
class ApiSecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;
	private final JsonMapper json;

	ApiSecurityProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"MotCua\"");
		// the right password, but a temporary one that expired (AccountPrincipal): say so, or its holder tries again
		write(request, response, HttpStatus.UNAUTHORIZED, e instanceof CredentialsExpiredException
				? "problem.temporary-password-expired" : "problem.unauthenticated");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	/** 403: the holder must choose their own password before the API answers them ({@link OwnPasswordFirst}). */
	void passwordChangeRequired(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.password-change-required");
	}

	/** 429: the client address gave too many wrong passwords lately ({@link SignInLimit}). */
	void tooManySignIns(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, "60");
		write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.too-many-sign-ins");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
			throws IOException {
		Locale locale = request.getHeader("Accept-Language") == null ? VIETNAMESE : request.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, locale));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getWriter(), problem);
	}
}
