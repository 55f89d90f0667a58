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

/**
 * An upload above the servlet's multipart limit fails before any controller is chosen, and the
 * container's error page cannot be rendered for it either (reading the cut-off request fails again),
 * so the caller would get the container's bare 413 page. API callers get a problem detail in their
 * language instead; a page gets the error page ({@link UploadLimitPages}, which is asked first).
 */
@ControllerAdvice
class UploadLimitProblems {

	private final MessageSource messages;

	UploadLimitProblems(MessageSource messages) {
		this.messages = messages;
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
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}
}
