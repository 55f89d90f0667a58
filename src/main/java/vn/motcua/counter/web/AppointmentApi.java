package vn.motcua.counter.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.counter.Appointment;
import vn.motcua.counter.AppointmentBooking;
import vn.motcua.counter.AppointmentContact;
import vn.motcua.counter.Slot;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.RateLimits;
import vn.motcua.shared.TooManyRequestsException;
import vn.motcua.shared.VietnamTime;

/**
 * Appointments at the counter over the API: the days and slots offered, booking, reading and cancelling with the
 * booking's key, and a lost link sent again, without sign-in.
 */
@RestController
@Tag(name = "Appointments")
class AppointmentApi {

	private static final String AGENCY_PARAMETER = "agencyCode: the code of the agency whose counter is booked, one "
			+ "of GET /api/v1/agencies; the home agency when absent; an unknown code answers 400. An agency without "
			+ "working hours of its own offers the installation's default hours.";

	private static final String SUBMISSION_KEY = "a key of the client's choosing (a UUID): sending again with it "
			+ "returns the appointment of the first sending; with other content it is refused";

	private final AppointmentBooking booking;
	private final RateLimits limits;

	AppointmentApi(AppointmentBooking booking, RateLimits limits) {
		this.booking = booking;
		this.limits = limits;
	}

	record SlotView(OffsetDateTime startsAt, OffsetDateTime endsAt, int capacity, int remaining, boolean bookable) {

		static SlotView of(Slot slot) {
			return new SlotView(vietnam(slot.startsAt()), vietnam(slot.endsAt()), slot.capacity(), slot.remaining(),
					slot.bookable());
		}
	}

	/**
	 * An appointment as the API answers its booker: the phone number masked, the name not at all, and the key
	 * that reads and cancels it (keep it: nobody can read or cancel the appointment without it).
	 */
	record Booked(String code, String key, String status, OffsetDateTime startsAt, OffsetDateTime endsAt,
			String sectorCode, @Nullable String procedureCode, String phone) {
	}

	record Cancellation(@Nullable String key) {
	}

	/** A lost link asked for again: the appointment's code and the phone number or e-mail address it was booked with. */
	record LinkRequest(@Nullable String code, @Nullable String contact) {
	}

	@GetMapping("/api/v1/appointments/days")
	@Operation(summary = "The working days that may be booked now at an agency's counter, today first if it "
			+ "is one, as many as the agency's rules in force today allow",
			description = AGENCY_PARAMETER)
	List<LocalDate> days(@RequestParam(required = false) @Nullable String agencyCode) {
		return booking.bookableDays(booking.agency(agencyCode));
	}

	@GetMapping("/api/v1/appointments/slots")
	@Operation(summary = "A day's slots at an agency's counter, cut by the agency's rules in force that day, "
			+ "with the places left; 400 as problem details for a "
			+ "day that is past, not a working day or too far ahead", description = AGENCY_PARAMETER)
	List<SlotView> slots(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) @Nullable String agencyCode) {
		return booking.slots(booking.agency(agencyCode), day).stream().map(SlotView::of).toList();
	}

	@PostMapping(path = "/api/v1/appointments", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Book a slot (day as 2026-12-08, time as 08:00); answers 201 with the code and the key, 400 as "
			+ "problem details when a part is missing or wrong or the slot is full or closed",
			description = AppointmentForm.AGENCY_CODE)
	ResponseEntity<Booked> book(@RequestBody AppointmentForm form,
			@Parameter(description = SUBMISSION_KEY) @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String submissionKey,
			HttpServletRequest request) {
		limit(request);
		Appointment appointment = booking.book(form.request(), submissionKey);
		Booked booked = booked(appointment);
		return ResponseEntity.created(URI.create("/appointments/" + appointment.code() + "?"
				+ AppointmentContact.KEY_PARAMETER + "=" + booked.key())).body(booked);
	}

	@GetMapping("/api/v1/appointments/{code}")
	@Operation(summary = "The appointment, for whoever holds the key its booking answered (the key parameter, as in "
			+ "its link); 404 when the code and the key do not match one")
	Booked appointment(@PathVariable String code,
			@RequestParam(name = AppointmentContact.KEY_PARAMETER, defaultValue = "") String key,
			HttpServletRequest request) {
		limit(request);
		return booked(booking.opened(code, key));
	}

	@PostMapping(path = "/api/v1/appointments/link-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send an appointment's link again to the phone and e-mail it was booked with (decision 0037)",
			description = "Answers 202 whether or not the code and the phone number or e-mail address are those of an "
					+ "appointment to come, so that nobody learns codes or contacts by trying; the link goes only to the "
					+ "booking's own contact, at most once an hour. 400 as problem details when either is missing.")
	ResponseEntity<Void> sendLinkAgain(@RequestBody LinkRequest linkRequest, HttpServletRequest request) {
		limit(request);
		booking.sendLinkAgain(required("code", linkRequest.code()), required("contact", linkRequest.contact()));
		return ResponseEntity.accepted().build();
	}

	@PostMapping(path = "/api/v1/appointments/{code}/cancellation", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Cancel an appointment with the key its booking answered; 404 when the code and the key "
			+ "do not match one")
	Booked cancel(@PathVariable String code, @RequestBody Cancellation cancellation, HttpServletRequest request) {
		limit(request);
		return booked(booking.cancel(code, cancellation.key()));
	}

	private Booked booked(Appointment appointment) {
		return new Booked(appointment.code(), booking.keyOf(appointment), appointment.status().name(),
				vietnam(appointment.startsAt()), vietnam(appointment.endsAt()), appointment.sectorCode(),
				appointment.procedureCode(), appointment.maskedPhone());
	}

	private static OffsetDateTime vietnam(LocalDateTime time) {
		return time.atZone(VietnamTime.ZONE).toOffsetDateTime();
	}

	/** The same messages as the page's form. */
	private static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidFieldException(field, "counter.appointment.link." + field + ".required");
		}
		return value;
	}

	private void limit(HttpServletRequest request) {
		if (!limits.tryAcquire("appointment", request.getRemoteAddr())) {
			throw new TooManyRequestsException();
		}
	}
}
