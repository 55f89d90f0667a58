package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form's multipart request that the servlet could not read: above its limit, the 413 error page
 * with the limit the forms state for one file; cut off, or without the boundary between its parts
 * (a hand-made or broken request), the 400 error page saying so, where the container answered 500.
 * Both in the user's language. The request fails before any controller is chosen, so no controller's
 * advice applies (and one advice method cannot answer both a page and the API's problem detail,
 * {@link MultipartProblems}); the container's error page cannot be rendered for it either, since
 * reading the request fails again.
 */
class MultipartPages implements HandlerExceptionResolver {

	private final DataSize attachmentLimit;

	MultipartPages(DataSize attachmentLimit) {
		this.attachmentLimit = attachmentLimit;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (!(exception instanceof MultipartException) || MultipartProblems.isApi(request)) {
			return null;
		}
		if (!(exception instanceof MaxUploadSizeExceededException)) {
			return PageProblems.badInputPage(exception, HttpStatus.BAD_REQUEST, handler);
		}
		ModelAndView page = PageProblems.errorPage(HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("detailKey", "error.413.text");
		page.addObject("detailArguments", new Object[] { attachmentLimit.toMegabytes() });
		return page;
	}
}
