package vn.motcua.shared;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * Where a page of a work queue ends: the time the queue is sorted by and the code of its last case
 * (a dossier, a petition): a due time in the officers' queues, the time submitted in the desk's
 * waiting list, in Vietnam's local time. The next page starts after it, so a case that leaves or
 * joins the queue meanwhile neither repeats nor hides another, as counting rows to skip would.
 */
public record QueueCursor(LocalDateTime at, String code) {

	private static final char SEPARATOR = '_';

	/** The cursor as a request parameter: the time, then the code (a date-time holds no underscore). */
	public String token() {
		return at.toString() + SEPARATOR + code;
	}

	/** @throws InvalidRequestException when the text is not a cursor this class wrote */
	public static QueueCursor parse(String token) {
		int separator = token.indexOf(SEPARATOR);
		if (separator > 0 && separator < token.length() - 1) {
			try {
				return new QueueCursor(LocalDateTime.parse(token.substring(0, separator)),
						token.substring(separator + 1));
			}
			catch (DateTimeParseException e) {
				// answered below like any other malformed cursor
			}
		}
		throw new InvalidRequestException("queue.bad-cursor");
	}
}
