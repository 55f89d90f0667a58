package vn.motcua.shared;

import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;

/**
 * An API address asked with a method (405) or content type (415) it does not take is refused before
 * any controller is chosen, so {@link ApiProblems}, which applies to the REST controllers, is not
 * asked, and Spring alone answered an English detail or none. This advice, which applies without a
 * controller, has ApiProblems answer: a problem detail in the caller's language naming the methods
 * or content types the address takes, with Spring's {@code Allow} or {@code Accept} header. Where a
 * REST controller was chosen, ApiProblems comes first; pages never get here
 * ({@link MethodOrMediaTypePages} is asked first).
 */
@ControllerAdvice
class MethodOrMediaTypeProblems {

	private final ApiProblems problems;

	MethodOrMediaTypeProblems(ApiProblems problems) {
		this.problems = problems;
	}

	@ExceptionHandler({ HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Object> refused(Exception e, WebRequest request) throws Exception {
		return problems.handleException(e, request);
	}
}
