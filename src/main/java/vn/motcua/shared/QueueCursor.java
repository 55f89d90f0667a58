package vn.motcua.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Where a page of a list ends: the time the list is sorted by and the code of its last line (a
 * dossier, a petition), in Vietnam's local time: a due time in the officers' queues, the time
 * submitted or received in the desk's list and an applicant's own. The next page starts after it, so
 * a line that leaves or joins the list meanwhile neither repeats nor hides another, as counting rows
 * to skip would.
 */
public record QueueCursor(LocalDateTime at, String code) {

	private static final char SEPARATOR = '_';

	/** The cursor after a line stamped with an instant (a time submitted or received). */
	public static QueueCursor of(Instant at, String code) {
		return new QueueCursor(LocalDateTime.ofInstant(at, VietnamTime.ZONE), code);
	}

	/**
	 * The SQL condition that keeps the lines after this cursor in a list ordered by
	 * {@code timeColumn} (a time with zone) and {@code codeColumn}, both descending when
	 * {@code newestFirst}; binds {@code :afterAt} and {@code :afterCode} in {@code parameters}.
	 */
	public String after(String timeColumn, String codeColumn, boolean newestFirst, MapSqlParameterSource parameters) {
		return condition(timeColumn, codeColumn, newestFirst ? " < " : " > ",
				at.atZone(VietnamTime.ZONE).toOffsetDateTime(), parameters);
	}

	/**
	 * The same for a list ordered by a column of Vietnam's local time without zone (a due time, a time
	 * answered, the read model's times): the cursor's time is bound as it is.
	 */
	public String afterLocal(String timeColumn, String codeColumn, boolean newestFirst,
			MapSqlParameterSource parameters) {
		return condition(timeColumn, codeColumn, newestFirst ? " < " : " > ", at, parameters);
	}

	private String condition(String timeColumn, String codeColumn, String beyond, Object time,
			MapSqlParameterSource parameters) {
		parameters.addValue("afterAt", time).addValue("afterCode", code);
		return "(" + timeColumn + beyond + ":afterAt OR (" + timeColumn + " = :afterAt AND " + codeColumn + beyond
				+ ":afterCode))";
	}

	/** The cursor as a request parameter: the time, then the code (a date-time holds no underscore). */
	public String token() {
		return at.toString() + SEPARATOR + code;
	}

	/**
	 * The cursor a request's {@code after} parameter gives, or null when it gives none (the first page).
	 *
	 * @throws InvalidRequestException when the text is not a cursor this class wrote
	 */
	public static @Nullable QueueCursor parse(@Nullable String token) {
		if (token == null) {
			return null;
		}
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
