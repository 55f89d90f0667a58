package vn.motcua.shared;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The language asked with {@code ?lang=} for the answer to a request refused before any handler was
 * chosen: a method (405) or content type (415) its address does not take, a multipart body that cannot
 * be read. The interceptor that reads the parameter runs only once a handler is chosen, so those answers
 * heeded the cookie and {@code Accept-Language} but not {@code ?lang=}. Asked before every other
 * resolver, this reads it as the interceptor would (and keeps it in the cookie), and answers nothing itself.
 */
class LanguageBeforeHandler implements HandlerExceptionResolver {

	private final LocaleChangeInterceptor languageSwitch;

	LanguageBeforeHandler(LocaleChangeInterceptor languageSwitch) {
		this.languageSwitch = languageSwitch;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (handler == null) {
			try {
				languageSwitch.preHandle(request, response, this);
			}
			catch (ServletException e) {
				// declared, but the interceptor throws it for no language: it ignores those it cannot read
				throw new IllegalStateException(e);
			}
		}
		return null;
	}
}
