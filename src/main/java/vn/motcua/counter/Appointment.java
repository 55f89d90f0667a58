package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * A time booked to hand in papers at the agency's counter (hẹn nộp hồ sơ), found by its code; the
 * booker's name, phone and e-mail are for the desk and the notices, never shown whole on a public page,
 * and cleared some time after the appointment's day (decision 0037): then they are null.
 *
 * @param language the language of the pages it was booked on ({@code vi} or {@code en}), that of its notices
 */
public record Appointment(String code, UUID agencyId, String sectorCode, @Nullable String procedureCode,
		LocalDateTime startsAt, LocalDateTime endsAt, @Nullable String name, @Nullable String phone,
		@Nullable String email, AppointmentStatus status, Instant bookedAt, @Nullable Instant cancelledAt,
		String language) {

	/** The languages of the site's pages, and so of an appointment's notices; Vietnamese first, the default. */
	static final List<String> LANGUAGES = List.of("vi", "en");

	/** Digits a public page shows of the phone number: its last ones, as a reminder of which it was. */
	private static final int PHONE_DIGITS_SHOWN = 3;

	/** The language of its notices: the one booked in if the site has it, else Vietnamese. */
	static String languageOf(@Nullable String requested) {
		return requested != null && LANGUAGES.contains(requested) ? requested : LANGUAGES.get(0);
	}

	public boolean isCancelled() {
		return status == AppointmentStatus.CANCELLED;
	}

	/** The phone number as a public page shows it: all but its last digits hidden. */
	public String maskedPhone() {
		if (phone == null) {
			return "";
		}
		String digits = PhoneNumbers.digits(phone);
		int shown = Math.min(PHONE_DIGITS_SHOWN, digits.length());
		return "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
	}

	/** The name as a public page shows it: the family name and initials. */
	public String maskedName() {
		return name == null ? "" : PersonalData.maskName(name);
	}

	/** Whether its booker's name, phone and e-mail were cleared after its day. */
	public boolean isCleared() {
		return name == null;
	}

	Appointment cancelled(Instant at) {
		return new Appointment(code, agencyId, sectorCode, procedureCode, startsAt, endsAt, name, phone, email,
				AppointmentStatus.CANCELLED, bookedAt, at, language);
	}
}
