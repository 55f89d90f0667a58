package vn.motcua.counter;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a notice of a booked appointment tells its booker, and where it goes.
 *
 * @param place the agency and where its desk receives (its desk place, else its address)
 * @param path the appointment's page with its key: it opens the appointment to whoever holds the link, to
 *        read or cancel it
 */
public record AppointmentContact(String code, LocalDateTime startsAt, String name, String phone,
		@Nullable String email, String place, String path) {

	/** The query parameter of the appointment's key in its page's link. */
	public static final String KEY_PARAMETER = "key";

	@Override
	public String toString() {
		return "AppointmentContact[" + code + " at " + startsAt + "]";
	}
}
