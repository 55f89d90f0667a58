package vn.motcua.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * The one form of a date-time in the API (docs/decisions/0021-times-in-the-api.md): written in
 * Vietnam's time with its offset, {@code 2026-03-31T23:30:00+07:00}, whether the system holds an
 * instant or Vietnam's wall-clock time; read with any offset, converted to Vietnam's time, or without
 * one, taken as Vietnam's time as the API wrote it before. An offset may be written without its
 * colon, and one whose {@code +} arrived as a space (unencoded in a query string) is read as written.
 */
public final class ApiTime {

	/** RFC 3339, as OpenAPI's {@code date-time} means: seconds always, a fraction only when there is one. */
	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** The offset with or without its colon ({@code +07:00}, {@code +0700}, {@code +07}) or {@code Z}. */
	private static final DateTimeFormatter READ = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.parseLenient()
		.appendOffset("+HH", "Z")
		.parseStrict()
		.optionalEnd()
		.toFormatter();

	/**
	 * An offset whose {@code +} a query string turned into a space, as an unencoded {@code +} in a URL
	 * arrives ({@code from=2026-12-01T00:00:00 07:00}): nothing else a date-time may hold ends that way.
	 */
	private static final Pattern PLUS_AS_SPACE = Pattern.compile("(T[0-9:.]+) ([0-9]{2}(:?[0-9]{2})?)$");

	private ApiTime() {
	}

	public static String write(Instant instant) {
		return WRITTEN.format(instant.atZone(VietnamTime.ZONE));
	}

	/** A local time of this system is Vietnam's wall-clock time, so it is that time in Vietnam. */
	public static String write(LocalDateTime time) {
		return WRITTEN.format(time.atZone(VietnamTime.ZONE));
	}

	/**
	 * Vietnam's wall-clock time at the date-time written.
	 *
	 * @throws DateTimeException when the text is not an ISO-8601 date-time
	 */
	public static LocalDateTime readLocal(String text) {
		return inVietnam(text).toLocalDateTime();
	}

	/**
	 * The instant the date-time written names.
	 *
	 * @throws DateTimeException when the text is not an ISO-8601 date-time
	 */
	public static Instant readInstant(String text) {
		return inVietnam(text).toInstant();
	}

	private static ZonedDateTime inVietnam(String text) {
		TemporalAccessor parsed = READ.parse(PLUS_AS_SPACE.matcher(text.strip()).replaceFirst("$1+$2"));
		if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
			return OffsetDateTime.from(parsed).atZoneSameInstant(VietnamTime.ZONE);
		}
		return LocalDateTime.from(parsed).atZone(VietnamTime.ZONE);
	}
}
