package vn.motcua.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Vietnam's civil time, the time of every deadline and every printed date, whatever the server's. */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/**
	 * A time as the pages and the exports print it, "14:05 31/03/2025": a local time as it is, an
	 * instant in Vietnam's time, so that no export writes UTC by mistake.
	 */
	public static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

	/** A date as the pages, the exports and the messages print it, "31/03/2025". */
	public static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnamTime() {
	}
}
