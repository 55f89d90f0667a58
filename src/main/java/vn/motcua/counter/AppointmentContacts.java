package vn.motcua.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyContact;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.VietnamTime;

/**
 * The bookers to tell of their appointments, for the notification module: who booked an appointment,
 * and whose appointments come soon. The event of a booking names the appointment only; its contact is
 * read here when the notice is queued, so that no event stored in the publication registry holds it.
 */
@Service
@Transactional(readOnly = true)
public class AppointmentContacts {

	private final AppointmentStore store;
	private final AppointmentKeys keys;
	private final OrganizationManagement organization;
	private final Clock clock;

	AppointmentContacts(AppointmentStore store, AppointmentKeys keys, OrganizationManagement organization,
			Clock clock) {
		this.store = store;
		this.keys = keys;
		this.organization = organization;
		this.clock = clock;
	}

	/** The booker of the appointment of that code, while it is booked and still holds their contact. */
	public Optional<AppointmentContact> booked(String code) {
		return store.findByCode(code).filter(AppointmentContacts::toTell).map(this::contact);
	}

	/** The booker of the appointment of that code once it is cancelled, while it still holds their contact. */
	public Optional<AppointmentContact> cancelled(String code) {
		return store.findByCode(code).filter(found -> found.isCancelled() && !found.isCleared()).map(this::contact);
	}

	/**
	 * The bookers of the appointments that start within {@code before} from now, but only of those booked
	 * earlier than that before their start: whoever booked tomorrow's slot an hour ago has just been told.
	 */
	public List<AppointmentContact> startingWithin(Duration before) {
		Instant now = clock.instant();
		LocalDateTime from = LocalDateTime.ofInstant(now, VietnamTime.ZONE);
		return store.bookedStartingBetween(from, from.plus(before)).stream()
			.filter(appointment -> appointment.bookedAt()
				.isBefore(appointment.startsAt().atZone(VietnamTime.ZONE).toInstant().minus(before)))
			.filter(AppointmentContacts::toTell)
			.map(this::contact)
			.toList();
	}

	private static boolean toTell(Appointment appointment) {
		return !appointment.isCancelled() && !appointment.isCleared();
	}

	private AppointmentContact contact(Appointment appointment) {
		Agency agency = organization.agency(appointment.agencyId());
		AgencyContact desk = organization.contact(appointment.agencyId());
		String place = Stream.of(agency.name(), desk.deskPlace() != null ? desk.deskPlace() : desk.address())
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
		String path = "/appointments/" + appointment.code() + "?" + AppointmentContact.KEY_PARAMETER + "="
				+ keys.of(appointment.code());
		return new AppointmentContact(appointment.code(), appointment.startsAt(), String.valueOf(appointment.name()),
				String.valueOf(appointment.phone()), appointment.email(), place, path, appointment.language());
	}
}
