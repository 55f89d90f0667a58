package vn.motcua.shared;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, in the user's language, for a rule a page refused: bad input (400, a rule's own
 * message or, for a parameter not of its type, the general one), an unknown record (404), a record
 * someone else changed meanwhile (409), too many requests (429) or every export slot taken (503); a
 * file above the upload limit (413) is {@link UploadLimitPages}'.
 * REST controllers answer problem details instead ({@link ApiProblems}, which takes precedence).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return errorPage(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	ModelAndView tooManyRequests() {
		return errorPage(HttpStatus.TOO_MANY_REQUESTS);
	}

	/** Every export slot is taken (see {@link ExportSlots}): nothing was written; try again shortly. */
	@ExceptionHandler(ExportSlots.ExportsBusyException.class)
	ModelAndView exportsBusy(HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return errorPage(HttpStatus.SERVICE_UNAVAILABLE);
	}

	/** Someone else changed the record meanwhile: nothing was saved; the page says to reload and retry. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView changedMeanwhile() {
		return errorPage(HttpStatus.CONFLICT);
	}

	/** Bad input that a rule refused: the 400 page says which rule, in the user's language. */
	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalid(InvalidRequestException e) {
		ModelAndView page = errorPage(HttpStatus.BAD_REQUEST);
		page.addObject("detailKey", e.messageKey());
		page.addObject("detailArguments", e.arguments());
		return page;
	}

	/**
	 * A request parameter that is not of its type (a date that is not a date, an unknown choice): the
	 * 400 page and its general text; without this the page answered 400 with an empty body.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformed() {
		return errorPage(HttpStatus.BAD_REQUEST);
	}

	static ModelAndView errorPage(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}
}
