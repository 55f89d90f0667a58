package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page, in the user's language, for a rule a page refused: bad input (400, a rule's own
 * message or, for input Spring refused, what was wrong and the form expected), an unknown record (404), a record
 * someone else changed meanwhile (409), too many requests (429) or every export slot taken (503); a
 * multipart request the servlet could not read (413 above the upload limit, 400 cut off) is
 * {@link MultipartPages}'.
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

	/**
	 * Bad input that a rule refused: the 400 page says which rule, in the user's language, and the
	 * field's label when it concerns one, as the page shows the message without its form.
	 */
	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalid(InvalidRequestException e, HttpServletRequest request) {
		return detailed(errorPage(HttpStatus.BAD_REQUEST), FieldLabels.named(e, FieldLabels.handler(request)));
	}

	/**
	 * Input Spring refused before the page's handler ran (a parameter missing or not of its type, a
	 * form field that does not bind, a body the page does not take): the error page names what was
	 * wrong and the form expected; without this the page answered a bare 400. A method or content type
	 * the address does not take is refused before any handler is chosen ({@link MethodOrMediaTypePages}).
	 */
	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			TypeMismatchException.class, BindException.class, HttpMessageNotReadableException.class })
	ModelAndView badInput(Exception e, HttpServletRequest request) {
		return badInputPage(e, HttpStatus.BAD_REQUEST, FieldLabels.handler(request));
	}

	/**
	 * The error page with that status, naming what was wrong when {@link BadInput} can say it.
	 *
	 * @param handler the handler the request was mapped to, null when none was chosen
	 */
	static ModelAndView badInputPage(Exception e, HttpStatus status, @Nullable Object handler) {
		ModelAndView page = errorPage(status);
		BadInput.explain(e, handler).ifPresent(reason -> detailed(page, reason));
		return page;
	}

	private static ModelAndView detailed(ModelAndView page, InvalidRequestException reason) {
		page.addObject("detailKey", reason.messageKey());
		page.addObject("detailArguments", reason.arguments());
		return page;
	}

	static ModelAndView errorPage(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		return page;
	}
}
