package vn.motcua.rating.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.motcua.rating.RatingRefused;

/**
 * A rating the rules refuse now, answered to the rating API as RFC 9457 problem details: 409 when
 * the dossier is not returned yet or the window to change has closed, 403 for a kiosk that is not open.
 */
@RestControllerAdvice(assignableTypes = { MyRatingApi.class, DeskKioskApi.class, StatisticsApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class RatingProblems {

	private final MessageSource messages;

	RatingProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(RatingRefused.class)
	ProblemDetail refused(RatingRefused refused) {
		return problem(messages, refused);
	}

	static ProblemDetail problem(MessageSource messages, RatingRefused refused) {
		Locale locale = LocaleContextHolder.getLocale();
		HttpStatus status = HttpStatus.valueOf(refused.reason().status());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
		problem.setTitle(messages.getMessage("rating.problem.title." + status.value(), null, status.getReasonPhrase(),
				locale));
		return problem;
	}
}
