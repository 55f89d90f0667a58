package vn.motcua.counter;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.CurrentUser;
import vn.motcua.shared.VietnamTime;

/**
 * The desk's list of a day's appointments at its agency, with where each visitor stands (booked, checked
 * in, served, absent, cancelled), so that the desk knows whom to expect. Only the agency's desk officers
 * read it: it names the bookers and their phones.
 */
@Service
@Transactional(readOnly = true)
public class DeskAppointments {

	/** More than a day of the demo's slots ever takes; a list beyond it is cut. */
	public static final int LISTED = 500;

	private final CounterQueue queue;
	private final AppointmentStore store;
	private final Clock clock;

	DeskAppointments(CounterQueue queue, AppointmentStore store, Clock clock) {
		this.queue = queue;
		this.store = store;
		this.clock = clock;
	}

	/** Today in Vietnam, the list's day unless another is chosen. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	/**
	 * The day's appointments at the desk officer's agency, in the order of their times.
	 *
	 * @throws AccessDeniedException when the user is not a desk officer of the agency
	 */
	public List<DayAppointment> ofDay(LocalDate day, CurrentUser desk) {
		return store.ofDay(queue.deskAgency(desk).id(), day, LISTED);
	}
}
