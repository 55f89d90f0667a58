package vn.motcua.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form's upload above the servlet's multipart limit: the 413 error page, in the user's language,
 * with the limit the forms state for one file. The request fails before any controller is chosen,
 * so no controller's advice applies (and one advice method cannot answer both a page and the API's
 * problem detail, {@link UploadLimitProblems}); the container's error page cannot be rendered for it
 * either, since reading the cut-off request fails again.
 */
class UploadLimitPages implements HandlerExceptionResolver {

	private final DataSize attachmentLimit;

	UploadLimitPages(DataSize attachmentLimit) {
		this.attachmentLimit = attachmentLimit;
	}

	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception exception) {
		if (!(exception instanceof MaxUploadSizeExceededException) || UploadLimitProblems.isApi(request)) {
			return null;
		}
		ModelAndView page = PageProblems.errorPage(HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("detailKey", "error.413.text");
		page.addObject("detailArguments", new Object[] { attachmentLimit.toMegabytes() });
		return page;
	}
}
