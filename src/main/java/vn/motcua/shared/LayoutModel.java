package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;

/** What the shared page layout needs on every page: the page's path, for the language switch to come back to it. */
@Component
class LayoutModel implements PageModel {

	@Override
	public void contribute(HttpServletRequest request, ModelMap model) {
		if (model.containsAttribute("currentPath")) {
			return;
		}
		Object forwarded = request.getAttribute("jakarta.servlet.error.request_uri");
		String path = forwarded instanceof String uri ? uri : request.getRequestURI();
		model.addAttribute("currentPath", path.substring(request.getContextPath().length()));
	}
}
