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

/**
 * The one form of a date-time in the API (docs/decisions/0021-times-in-the-api.md): written in
 * Vietnam's time with its offset, {@code 2026-03-31T23:30:00+07:00}, whether the system holds an
 * instant or Vietnam's wall-clock time; read with any offset, converted to Vietnam's time, or without
 * one, taken as Vietnam's time as the API wrote it before.
 */
public final class ApiTime {

	/** RFC 3339, as OpenAPI's {@code date-time} means: seconds always, a fraction only when there is one. */
	private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final DateTimeFormatter READ = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.optionalStart()
		.appendOffsetId()
		.optionalEnd()
		.toFormatter();

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
		TemporalAccessor parsed = READ.parse(text.strip());
		if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
			return OffsetDateTime.from(parsed).atZoneSameInstant(VietnamTime.ZONE);
		}
		return LocalDateTime.from(parsed).atZone(VietnamTime.ZONE);
	}
}
