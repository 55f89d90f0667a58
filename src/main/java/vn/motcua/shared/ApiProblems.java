package vn.motcua.shared;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for every REST controller, with the detail in the caller's language
 * ({@code Accept-Language}). Spring's own exceptions take their texts from the bundles under the
 * {@code problemDetail.*} keys. A refusal that concerns one field ({@link InvalidFieldException}, a
 * rule's or Spring's) names it twice: by its label in the detail ({@link FieldLabels}), for a client
 * that shows only the text, and by its name under {@code errors} (field: message), as the bean
 * validation's refusals do, for a client that shows each message at its field.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, e);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
			.body(problem(HttpStatus.TOO_MANY_REQUESTS, e));
	}

	@ExceptionHandler(InvalidRequestException.class)
	ProblemDetail invalid(InvalidRequestException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, FieldLabels.named(e, FieldLabels.handler(request)));
	}

	/**
	 * Someone changed the record between this request's read and its write (two officers acting on
	 * one dossier at once): nothing was saved, and the caller should read it again.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail changedMeanwhile() {
		return problem(HttpStatus.CONFLICT, new InvalidRequestException("problem.changed-meanwhile"));
	}

	private ProblemDetail problem(HttpStatus status, InvalidRequestException e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(e));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		fieldError(problem, e);
		return problem;
	}

	private @Nullable String message(InvalidRequestException e) {
		return messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), LocaleContextHolder.getLocale());
	}

	/** The refused field under {@code errors}, unless the validation's own list of them is there already. */
	private static void fieldError(ProblemDetail problem, InvalidRequestException e) {
		boolean listed = problem.getProperties() != null && problem.getProperties().containsKey("errors");
		if (e instanceof InvalidFieldException field && !listed) {
			problem.setProperty("errors", Map.of(field.field(), String.valueOf(problem.getDetail())));
		}
	}

	/**
	 * A body that parses but breaks a value's own rule (a negative processing time, say) is explained
	 * with that rule's message rather than as unreadable JSON.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof InvalidRequestException)) {
			cause = cause.getCause();
		}
		if (cause instanceof InvalidRequestException rule) {
			return ResponseEntity.status(HttpStatus.BAD_REQUEST).headers(headers).body(problem(HttpStatus.BAD_REQUEST, rule));
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	/**
	 * The detail names the first invalid field ("errors" lists them all), so that a client that shows
	 * only the detail still says which field to fix.
	 */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage("problem.invalid-fields", null, locale));
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			fields.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		problem.setProperty("errors", fields);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	/**
	 * Every refusal Spring makes itself says what was wrong and the form expected ({@link BadInput}),
	 * with a title in the caller's language, instead of Spring's general English text. Spring passes
	 * no body for its exceptions that carry their own (a content type not taken, 415, say), and would
	 * take it from them after this: it is taken here, so that it is explained too.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (body == null && ex instanceof ErrorResponse response) {
			body = response.updateAndGetBody(messages, LocaleContextHolder.getLocale());
		}
		if (body instanceof ProblemDetail problem) {
			Locale locale = LocaleContextHolder.getLocale();
			Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
			BadInput.explain(ex, handler).ifPresent(reason -> {
				problem.setDetail(message(reason));
				fieldError(problem, reason);
			});
			problem.setTitle(messages.getMessage("problem.title." + status.value(), null, problem.getTitle(), locale));
		}
		return super.handleExceptionInternal(ex, body, headers, status, request);
	}
}
