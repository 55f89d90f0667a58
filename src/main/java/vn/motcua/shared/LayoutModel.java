package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shared page layout needs on every page. */
@ControllerAdvice
class LayoutModel {

	/** The path of the page, for the language switch to come back to it. */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
		String path = forwarded instanceof String uri ? uri : request.getRequestURI();
		return path.substring(request.getContextPath().length());
	}
}
