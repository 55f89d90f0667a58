package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page asked with a method (405) or content type (415) its address does not take, e.g. a form posted
 * without the multipart encoding its upload needs: the error page, in the user's language, naming the
 * methods or content types the address takes, with Spring's {@code Allow} or {@code Accept} header.
 * Both are mostly refused before any controller is chosen, where no controller's advice applies and
 * Spring alone answered an empty or JSON body; asked first, this answers them whether or not one was.
 * The API's are {@link MethodOrMediaTypeProblems}'.
 */
class MethodOrMediaTypePages implements HandlerExceptionResolver {

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (!(exception instanceof HttpRequestMethodNotSupportedException
				|| exception instanceof HttpMediaTypeNotSupportedException) || MultipartProblems.isApi(request)) {
			return null;
		}
		ErrorResponse refusal = (ErrorResponse) exception;
		refusal.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		return PageProblems.badInputPage(exception, HttpStatus.valueOf(refusal.getStatusCode().value()), handler);
	}
}
