package vn.motcua.shared;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart request the servlet could not read fails before any controller is chosen, and the
 * container's error page cannot be rendered for it either (reading the request fails again), so the
 * caller would get the container's bare 413 page for an upload above the limit, and a 500 for a body
 * cut off or without its boundary. API callers get a problem detail in their language instead (413,
 * or 400 naming what was wrong); a page gets the error page ({@link MultipartPages}, which is asked
 * first). Both are answered here, in one advice, so that the closer match answers an upload above the
 * limit, whatever the order of the advices.
 */
@ControllerAdvice
class MultipartProblems {

	private final MessageSource messages;
	private final ApiProblems problems;

	MultipartProblems(MessageSource messages, ApiProblems problems) {
		this.messages = messages;
		this.problems = problems;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		if (!isApi(request)) {
			throw e;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String type = MaxUploadSizeExceededException.class.getName();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("problemDetail." + type, null, locale));
		problem.setTitle(messages.getMessage("problemDetail.title." + type, null, locale));
		return answer(problem);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<ProblemDetail> unreadable(MultipartException e, HttpServletRequest request) throws MultipartException {
		if (!isApi(request)) {
			throw e;
		}
		return answer(problems.invalid(BadInput.explain(e, null).orElseThrow(() -> e), request));
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
