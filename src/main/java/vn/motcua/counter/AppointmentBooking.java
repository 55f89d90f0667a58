package vn.motcua.counter;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SubmissionKeys;
import vn.motcua.shared.VietnamTime;

/**
 * Books and cancels appointments at the counter of the agency the booker chooses (the home agency's unless
 * they choose another, decision 0047), without sign-in. A booking sent again
 * with the same submission key gets the appointment of the first sending; a slot never takes more
 * than its capacity, however many book its last place at once.
 */
@Service
public class AppointmentBooking {

	private static final String SCOPE = "appointment";
	/** Letters and digits that are not mistaken for one another when read aloud or copied (no I, O, 0, 1). */
	private static final char[] CODE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
	private static final int CODE_LENGTH = 6;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final int MAX_NAME = 200;

	private final OrganizationManagement organization;
	private final CatalogManagement catalog;
	private final AppointmentCalendar calendar;
	private final AppointmentStore store;
	private final AppointmentKeys appointmentKeys;
	private final SubmissionKeys keys;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final TransactionTemplate inTransaction;
	private final SecureRandom random = new SecureRandom();

	AppointmentBooking(OrganizationManagement organization, CatalogManagement catalog, AppointmentCalendar calendar,
			AppointmentStore store, AppointmentKeys appointmentKeys, SubmissionKeys keys,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
		this.organization = organization;
		this.catalog = catalog;
		this.calendar = calendar;
		this.store = store;
		this.appointmentKeys = appointmentKeys;
		this.keys = keys;
		this.events = events;
		this.clock = clock;
		this.inTransaction = new TransactionTemplate(transactions);
	}

	/** The home agency, whose counter a booking that names no agency goes to. */
	public Agency agency() {
		return counterAgency().orElseThrow(() -> new NotFoundException("counter.agency.none"));
	}

	/**
	 * The agency whose counter is booked, by the code the form or the request gives: the home agency when
	 * none is given (decision 0047).
	 *
	 * @throws InvalidFieldException (field {@code agencyCode}) when no agency has the code
	 */
	public Agency agency(@Nullable String agencyCode) {
		return organization.addressedAgency(agencyCode);
	}

	/**
	 * The home agency, if it exists yet: on the first start it does only once the demo data (or an
	 * administrator) has created it, seconds or more after the pages answer; until then no counter takes
	 * appointments.
	 */
	public Optional<Agency> counterAgency() {
		return organization.homeAgency();
	}

	/** The days that may be booked now at the agency's counter. */
	public List<LocalDate> bookableDays(Agency agency) {
		return calendar.bookableDays(agency.id(), clock.instant());
	}

	/**
	 * The day's slots at the agency's counter with the places left.
	 *
	 * @throws InvalidFieldException when the day may not be booked
	 */
	public List<Slot> slots(Agency agency, LocalDate day) {
		return calendar.slots(agency.id(), day, clock.instant());
	}

	/**
	 * Books the appointment, or returns the one booked earlier with this key.
	 *
	 * @throws InvalidFieldException when a part is missing or wrong, or the slot is full or closed
	 * @throws InvalidRequestException when the key was used for another booking
	 */
	public Appointment book(AppointmentRequest request, @Nullable String submissionKey) {
		if (submissionKey == null) {
			return inTransaction.execute(status -> bookNow(request));
		}
		String key = SubmissionKeys.checked(submissionKey);
		String digest = keys.digest(Arrays.asList(request.sectorCode(), request.procedureCode(),
				request.day(), request.time(), request.name(), request.phone(), request.email(), request.agencyCode()));
		try {
			return inTransaction.execute(status -> earlier(key, digest).orElseGet(() -> {
				Appointment appointment = bookNow(request);
				keys.record(SCOPE, key, digest, appointment.code(), clock.instant());
				return appointment;
			}));
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			return inTransaction.execute(status -> earlier(key, digest).orElseThrow(() -> sentTwiceAtOnce));
		}
	}

	/**
	 * Cancels the appointment of that code if the key is its own, freeing its place; a second cancellation
	 * changes nothing.
	 *
	 * @throws NotFoundException when no appointment has that code and key (which of the two is wrong is not said)
	 * @throws InvalidRequestException when its time has come
	 */
	public Appointment cancel(String code, @Nullable String key) {
		return inTransaction.execute(status -> {
			Appointment appointment = opened(code, key);
			if (appointment.isCancelled()) {
				return appointment;
			}
			Instant now = clock.instant();
			if (!LocalDateTime.ofInstant(now, VietnamTime.ZONE).isBefore(appointment.startsAt())) {
				throw new InvalidRequestException("counter.appointment.cancel.too-late");
			}
			Appointment cancelled = appointment.cancelled(now);
			store.markCancelled(cancelled);
			store.releasePlace(cancelled.agencyId(), cancelled.startsAt());
			events.publishEvent(new AppointmentChanged(Actor.current(), now, cancelled.code(),
					organization.agency(cancelled.agencyId()).code(),
					cancelled.startsAt(), AppointmentChanged.CANCELLED));
			return cancelled;
		});
	}

	/**
	 * Sends the appointment's link again to the contact it was booked with, if the code and the phone number
	 * or e-mail address given are those of an appointment still booked and to come; otherwise does nothing.
	 * The caller answers the same either way, so that whoever asks learns neither whether the code exists nor
	 * whose contact it has: the link goes only to the booker's own phone and e-mail (decision 0037).
	 */
	public void sendLinkAgain(String code, String phoneOrEmail) {
		inTransaction.executeWithoutResult(status -> {
			Instant now = clock.instant();
			store.findByCode(normalized(code))
				.filter(appointment -> !appointment.isCancelled() && !appointment.isCleared())
				.filter(appointment -> LocalDateTime.ofInstant(now, VietnamTime.ZONE).isBefore(appointment.startsAt()))
				.filter(appointment -> bookedWith(appointment, phoneOrEmail.strip()))
				.ifPresent(appointment -> events.publishEvent(new AppointmentChanged(Actor.current(), now,
						appointment.code(), organization.agency(appointment.agencyId()).code(), appointment.startsAt(),
						AppointmentChanged.LINK_SENT)));
		});
	}

	/** Whether the phone number (compared by its digits) or e-mail address (by its letters) is the booking's. */
	private static boolean bookedWith(Appointment appointment, String phoneOrEmail) {
		if (phoneOrEmail.contains("@")) {
			return phoneOrEmail.equalsIgnoreCase(appointment.email());
		}
		return appointment.phone() != null && PhoneNumbers.isValid(phoneOrEmail)
				&& PhoneNumbers.digits(phoneOrEmail).equals(PhoneNumbers.digits(appointment.phone()));
	}

	/**
	 * The appointment of that code, for whoever holds its key (the booker: the confirmation page's and the
	 * notices' links carry it).
	 *
	 * @throws NotFoundException when no appointment has that code and key (which of the two is wrong is not said)
	 */
	public Appointment opened(String code, @Nullable String key) {
		return store.findByCode(normalized(code))
			.filter(found -> appointmentKeys.opens(found.code(), key))
			.orElseThrow(() -> new NotFoundException("counter.appointment.unknown-with-key"));
	}

	/** The key that opens the appointment: for the booker's link, never for anyone else. */
	public String keyOf(Appointment appointment) {
		return appointmentKeys.of(appointment.code());
	}

	/** The appointment of that code, for the desk that checks it in (the caller has checked who asks). */
	Appointment find(String code) {
		return store.findByCode(normalized(code)).orElseThrow(() -> new NotFoundException("counter.appointment.unknown"));
	}

	private Optional<Appointment> earlier(String key, String digest) {
		return keys.find(SCOPE, key).map(use -> store.findByCode(use.codeFor(digest)).orElseThrow());
	}

	private Appointment bookNow(AppointmentRequest request) {
		Agency agency = agency(request.agencyCode());
		String sectorCode = required("sectorCode", request.sectorCode());
		String procedureCode = procedure(sectorCode, agency, request.procedureCode());
		LocalDate day = required("day", request.day());
		LocalTime time = required("time", request.time());
		String name = required("name", request.name()).strip();
		String phone = required("phone", request.phone()).strip();
		String email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
		if (name.length() > MAX_NAME) {
			throw new InvalidFieldException("name", "counter.appointment.name.too-long", MAX_NAME);
		}
		if (!PhoneNumbers.isValid(phone)) {
			throw new InvalidFieldException("phone", "counter.appointment.phone.invalid");
		}
		if (email != null && (!EMAIL.matcher(email).matches() || email.length() > MAX_NAME)) {
			throw new InvalidFieldException("email", "counter.appointment.email.invalid");
		}
		Instant now = clock.instant();
		Slot slot = calendar.slots(agency.id(), day, now).stream()
			.filter(candidate -> candidate.startsAt().toLocalTime().equals(time))
			.findFirst()
			.orElseThrow(() -> new InvalidFieldException("time", "counter.appointment.time.unknown"));
		if (!slot.open()) {
			throw new InvalidFieldException("time", "counter.appointment.time.closed");
		}
		if (!store.takePlace(agency.id(), slot.startsAt(), slot.capacity())) {
			throw new InvalidFieldException("time", "counter.appointment.slot.full");
		}
		Appointment appointment = new Appointment(newCode(), agency.id(), sectorCode, procedureCode, slot.startsAt(),
				slot.endsAt(), name, phone, email, AppointmentStatus.BOOKED, now, null,
				Appointment.languageOf(request.language()));
		store.insert(appointment);
		events.publishEvent(new AppointmentChanged(Actor.current(), now, appointment.code(), agency.code(),
				appointment.startsAt(), AppointmentChanged.BOOKED));
		return appointment;
	}

	/** The procedure chosen, if any: one in force of the sector, handled by the agency. */
	private @Nullable String procedure(String sectorCode, Agency agency, @Nullable String procedureCode) {
		if (catalog.sector(sectorCode).isEmpty()) {
			throw new InvalidFieldException("sectorCode", "counter.appointment.sector.unknown");
		}
		if (procedureCode == null || procedureCode.isBlank()) {
			return null;
		}
		ProcedureVersion version;
		try {
			version = catalog.currentVersion(procedureCode);
		}
		catch (NotFoundException unknown) {
			throw new InvalidFieldException("procedureCode", "counter.appointment.procedure.unknown");
		}
		if (!version.content().sectorCode().equals(sectorCode) || !version.content().agencyCode().equals(agency.code())) {
			throw new InvalidFieldException("procedureCode", "counter.appointment.procedure.unknown");
		}
		return procedureCode;
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null || value instanceof String text && text.isBlank()) {
			throw new InvalidFieldException(field, "counter.appointment." + field + ".required");
		}
		return value;
	}

	private static String normalized(String code) {
		return code.strip().toUpperCase(Locale.ROOT);
	}

	private String newCode() {
		char[] code = new char[CODE_LENGTH];
		for (int i = 0; i < code.length; i++) {
			code[i] = CODE_CHARACTERS[random.nextInt(CODE_CHARACTERS.length)];
		}
		return new String(code);
	}
}
