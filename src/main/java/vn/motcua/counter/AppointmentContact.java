package vn.motcua.counter;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a notice of an appointment tells its booker, where it goes, and in which language.
 *
 * @param place the agency and where its desk receives (its desk place, else its address)
 * @param path the appointment's page with its key: it opens the appointment to whoever holds the link, to
 *        read or cancel it
 * @param language the language of the pages it was booked on ({@code vi} or {@code en})
 */
public record AppointmentContact(String code, LocalDateTime startsAt, String name, String phone,
		@Nullable String email, String place, String path, String language) {

	/** The query parameter of the appointment's key in its page's link. */
	public static final String KEY_PARAMETER = "key";

	@Override
	public String toString() {
		return "AppointmentContact[" + code + " at " + startsAt + "]";
	}
}
