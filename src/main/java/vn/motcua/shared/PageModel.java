package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.ModelMap;

/**
 * Something every rendered page's layout shows (the agency's name, who is signed in, the page's
 * path). A module contributes it by implementing this; it is added only when a handler renders a view,
 * so that API calls, file downloads and redirects do not pay for what only a page shows.
 */
public interface PageModel {

	/** Adds the attributes the handler has not set itself. */
	void contribute(HttpServletRequest request, ModelMap model);
}
