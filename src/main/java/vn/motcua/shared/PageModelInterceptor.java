package vn.motcua.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Calls every {@link PageModel} after a handler that renders a view. A {@code @ControllerAdvice}
 * model attribute would run before every handler, REST endpoints included: two database reads per API
 * call that nothing read.
 */
class PageModelInterceptor implements HandlerInterceptor {

	private final List<PageModel> contributors;

	PageModelInterceptor(List<PageModel> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view == null || view.wasCleared() || isRedirect(view)) {
			return;
		}
		contributors.forEach(contributor -> contributor.contribute(request, view.getModelMap()));
	}

	private static boolean isRedirect(ModelAndView view) {
		String name = view.getViewName();
		return (name != null && name.startsWith("redirect:"))
				|| view.getView() instanceof RedirectView;
	}
}
