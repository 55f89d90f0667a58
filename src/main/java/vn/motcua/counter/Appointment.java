package vn.motcua.counter;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * A time booked to hand in papers at the agency's counter (hẹn nộp hồ sơ), found by its code; the
 * booker's name, phone and e-mail are for the desk and the notices, never shown whole on a public page.
 */
public record Appointment(String code, UUID agencyId, String sectorCode, @Nullable String procedureCode,
		LocalDateTime startsAt, LocalDateTime endsAt, String name, String phone, @Nullable String email,
		AppointmentStatus status, Instant bookedAt, @Nullable Instant cancelledAt) {

	/** Digits a public page shows of the phone number: its last ones, as a reminder of which it was. */
	private static final int PHONE_DIGITS_SHOWN = 3;

	public boolean isCancelled() {
		return status == AppointmentStatus.CANCELLED;
	}

	/** The phone number as a public page shows it: all but its last digits hidden. */
	public String maskedPhone() {
		String digits = PhoneNumbers.digits(phone);
		int shown = Math.min(PHONE_DIGITS_SHOWN, digits.length());
		return "*".repeat(digits.length() - shown) + digits.substring(digits.length() - shown);
	}

	/** The name as a public page shows it: the family name and initials. */
	public String maskedName() {
		return PersonalData.maskName(name);
	}

	Appointment cancelled(Instant at) {
		return new Appointment(code, agencyId, sectorCode, procedureCode, startsAt, endsAt, name, phone, email,
				AppointmentStatus.CANCELLED, bookedAt, at);
	}
}
