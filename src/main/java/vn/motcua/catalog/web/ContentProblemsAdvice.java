package vn.motcua.catalog.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.catalog.ContentProblemsException;

/**
 * A refused procedure answers 400 with every problem named, in the caller's language: the detail
 * names the first, the {@code problems} property lists them all.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContentProblemsAdvice {

	private final MessageSource messages;

	ContentProblemsAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ContentProblemsException.class)
	ProblemDetail contentProblems(ContentProblemsException e) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(e.messageKey(), e.arguments(), locale));
		problem.setTitle(messages.getMessage("problem.title.400", null, locale));
		List<String> problems = e.problems().stream().map(each -> messages.getMessage(each, locale)).toList();
		problem.setProperty("problems", problems);
		return problem;
	}
}
