package vn.motcua.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * A refusal on a catalogue page (an unknown procedure, sector or draft) answers with the error page
 * and its status, 404 or 400, instead of a server error. The reason is shown when there is one.
 */
@ControllerAdvice(assignableTypes = { PublicCatalogController.class, AdminCatalogController.class,
		AdminDraftController.class })
class CatalogPageErrors {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page(HttpStatus.NOT_FOUND, e);
	}

	@ExceptionHandler(InvalidRequestException.class)
	ModelAndView invalid(InvalidRequestException e) {
		return page(HttpStatus.BAD_REQUEST, e);
	}

	private static ModelAndView page(HttpStatus status, InvalidRequestException e) {
		ModelAndView page = new ModelAndView("catalog/error", status);
		page.addObject("status", status.value());
		page.addObject("reason", e);
		return page;
	}
}
