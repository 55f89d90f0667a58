package vn.motcua.organization.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.motcua.shared.NotFoundException;

/** An address naming an agency, unit or officer that does not exist (or not in that agency) is a 404 page. */
@ControllerAdvice(assignableTypes = { AgencyAdminController.class, UnitAdminController.class,
		OfficerAdminController.class, OfficerAccountController.class })
class AdminPageErrors {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound() {
		return new ModelAndView("error", Map.of("status", HttpStatus.NOT_FOUND.value()), HttpStatus.NOT_FOUND);
	}
}
