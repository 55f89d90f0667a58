package vn.motcua.shared;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Calls every {@link PageModel} after a handler that renders a view. A {@code @ControllerAdvice}
 * model attribute would run before every handler, REST endpoints included: two database reads per API
 * call that nothing read. Neither runs for the page an exception handler renders instead, so the
 * exception resolvers are wrapped too ({@link #afterResolving}): an error page keeps the agency's name
 * and who is signed in.
 */
class PageModelInterceptor implements HandlerInterceptor {

	private final List<PageModel> contributors;

	PageModelInterceptor(List<PageModel> contributors) {
		this.contributors = List.copyOf(contributors);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		contribute(request, view);
	}

	/** The resolver, adding the page model to the page it renders for an exception. */
	HandlerExceptionResolver afterResolving(HandlerExceptionResolver resolver) {
		return (request, response, handler, exception) -> {
			ModelAndView view = resolver.resolveException(request, response, handler, exception);
			contribute(request, view);
			return view;
		};
	}

	/** Not for an empty view (the response is complete, nothing is rendered) nor a redirect. */
	private void contribute(HttpServletRequest request, @Nullable ModelAndView view) {
		if (view == null || view.isEmpty() || isRedirect(view)) {
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
