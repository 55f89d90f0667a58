package vn.motcua.counter;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * What a booker sends: the agency's sector (and, optionally, one of its procedures), the day and the
 * slot's start, and who they are. Parts may be missing; the booking names each that is.
 *
 * @param language the language of the pages booked on ({@code en}, else Vietnamese), that of the notices
 * @param agencyCode the agency whose counter is booked; the home agency's when null (decision 0047)
 */
public record AppointmentRequest(@Nullable String sectorCode, @Nullable String procedureCode, @Nullable LocalDate day,
		@Nullable LocalTime time, @Nullable String name, @Nullable String phone, @Nullable String email,
		@Nullable String language, @Nullable String agencyCode) {

	/** A booking at the home agency's counter. */
	public AppointmentRequest(@Nullable String sectorCode, @Nullable String procedureCode, @Nullable LocalDate day,
			@Nullable LocalTime time, @Nullable String name, @Nullable String phone, @Nullable String email,
			@Nullable String language) {
		this(sectorCode, procedureCode, day, time, name, phone, email, language, null);
	}
}
