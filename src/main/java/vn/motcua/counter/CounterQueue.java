package vn.motcua.counter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * The one-stop desk's queue (lấy số thứ tự): the desk gives a walk-in visitor the day's next number, or
 * checks in a booked appointment, which gets its number and waits from its appointment's start (from its
 * arrival if late: decision 0034); calls the next in that order, first come first served; marks a
 * called ticket served or absent. Only the desk officers of the agency do so; the waiting room's display
 * shows the numbers called.
 */
@Service
@Transactional
public class CounterQueue {

	/** The most numbers the display and the desk list at once. */
	public static final int LISTED = 50;

	/** The desk: who issues, checks in, calls and ends tickets, and reads the day's appointments. */
	private static final Set<Role> DESK = Set.of(Role.RECEPTION_OFFICER);

	private final AppointmentBooking booking;
	private final OrganizationManagement organization;
	private final QueueStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	CounterQueue(AppointmentBooking booking, OrganizationManagement organization, QueueStore store,
			ApplicationEventPublisher events, Clock clock) {
		this.booking = booking;
		this.organization = organization;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** A number for a visitor who came without an appointment. */
	public QueueTicket issueWalkIn(CurrentUser desk) {
		UUID agencyId = deskAgency(desk).id();
		Instant now = clock.instant();
		return issue(agencyId, null, now, now, desk);
	}

	/**
	 * A number for the visitor of a booked appointment of today; the same number when checked in again.
	 *
	 * @throws NotFoundException when no appointment has the code
	 * @throws InvalidRequestException when it is cancelled or not today's
	 */
	public QueueTicket checkIn(String appointmentCode, CurrentUser desk) {
		UUID agencyId = deskAgency(desk).id();
		// another agency's appointment is not this desk's to know of (decision 0047)
		Appointment appointment = Optional.of(booking.find(appointmentCode))
			.filter(found -> found.agencyId().equals(agencyId))
			.orElseThrow(() -> new NotFoundException("counter.appointment.unknown"));
		Optional<QueueTicket> earlier = store.findByAppointment(appointment.code());
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Instant now = clock.instant();
		if (appointment.isCancelled()) {
			throw new InvalidRequestException("counter.queue.check-in.cancelled", appointment.code());
		}
		if (!appointment.startsAt().toLocalDate().equals(today(now))) {
			throw new InvalidRequestException("counter.queue.check-in.not-today", appointment.code(),
					VietnamTime.PRINTED_DATE.format(appointment.startsAt()));
		}
		Instant startsAt = appointment.startsAt().atZone(VietnamTime.ZONE).toInstant();
		return issue(agencyId, appointment.code(), startsAt.isAfter(now) ? startsAt : now, now, desk);
	}

	/** Calls the first waiting ticket in queue order, if any; another desk's call at once takes another. */
	public Optional<QueueTicket> callNext(CurrentUser desk) {
		UUID agencyId = deskAgency(desk).id();
		Instant now = clock.instant();
		for (QueueTicket waiting : store.ofDay(agencyId, today(now), QueueTicketStatus.WAITING, LISTED)) {
			if (store.call(waiting.id(), now, desk.username())) {
				changed(waiting, now, "called");
				return store.find(waiting.id());
			}
		}
		return Optional.empty();
	}

	/** Ends a called ticket: served, or absent when the visitor did not come when called. */
	public void finish(UUID ticketId, boolean served, CurrentUser desk) {
		QueueTicket ticket = ticket(ticketId, desk);
		Instant now = clock.instant();
		if (!store.finish(ticketId, served ? QueueTicketStatus.SERVED : QueueTicketStatus.ABSENT, now)) {
			throw new InvalidRequestException("counter.queue.not-called", ticket.printed());
		}
		changed(ticket, now, served ? "served" : "absent");
	}

	/** A ticket of the desk officer's agency, for its slip. */
	@Transactional(readOnly = true)
	public QueueTicket ticket(UUID ticketId, CurrentUser desk) {
		UUID agencyId = deskAgency(desk).id();
		return store.find(ticketId)
			.filter(ticket -> ticket.agencyId().equals(agencyId))
			.orElseThrow(() -> new NotFoundException("counter.queue.unknown"));
	}

	/** Today's tickets of the agency in that status: waiting in queue order, called the latest first. */
	@Transactional(readOnly = true)
	public List<QueueTicket> today(Agency agency, QueueTicketStatus status) {
		return store.ofDay(agency.id(), today(clock.instant()), status, LISTED);
	}

	/** Whether the user is a desk officer of an agency. */
	public boolean isDesk(CurrentUser user) {
		return organization.agencyOf(user, DESK).isPresent();
	}

	/**
	 * The agency whose desk the officer keeps: the one they are a desk officer of (decision 0047).
	 *
	 * @throws AccessDeniedException when they are the desk of none
	 */
	public Agency deskAgency(CurrentUser desk) {
		return organization.agencyOf(desk, DESK)
			.orElseThrow(() -> new AccessDeniedException("Not a desk officer of the agency"));
	}

	private QueueTicket issue(UUID agencyId, @Nullable String appointmentCode, Instant queueAt,
			Instant now, CurrentUser desk) {
		LocalDate day = today(now);
		QueueTicket ticket = new QueueTicket(UUID.randomUUID(), agencyId, day, store.nextNumber(agencyId, day),
				appointmentCode, QueueTicketStatus.WAITING, queueAt, now, null, null);
		store.insert(ticket, desk.username());
		changed(ticket, now, "issued");
		return ticket;
	}

	private void changed(QueueTicket ticket, Instant now, String change) {
		events.publishEvent(new QueueTicketChanged(Actor.current(), now, ticket.id(),
				organization.agency(ticket.agencyId()).code(),
				ticket.issuedOn(), ticket.number(), change));
	}

	private static LocalDate today(Instant now) {
		return LocalDateTime.ofInstant(now, VietnamTime.ZONE).toLocalDate();
	}
}
