package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The desk's queue against the database: numbers start at 1 each day and two desks issuing at once get
 * two numbers; the next called is the first come, a checked-in appointment waiting from its time; only
 * the desk of the agency issues and calls and lists the day's appointments, anyone reads the waiting
 * room's display. Each test on a day
 * of its own, for the context's database is shared.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class CounterQueueTests {

	@Autowired
	CounterQueue queue;
	@Autowired
	DeskAppointments desks;
	@Autowired
	AppointmentBooking booking;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	AccountManagement accounts;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	MutableClock clock;
	@Autowired
	MockMvcTester mvc;

	LocalDate day;
	CurrentUser desk;

	@BeforeEach
	void aTestDay() {
		day = AppointmentFixtures.atNineOnATestDay(clock, calendar, booking.agency().id());
		desk = DemoAccounts.signedIn(accounts, "desk");
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void numbersStartAtOneEachDayAndTwoDesksAtOnceGetTwoNumbers() throws Exception {
		at(day.plusDays(100));
		assertThat(queue.issueWalkIn(desk).number()).isEqualTo(1);
		assertThat(queue.issueWalkIn(desk).number()).isEqualTo(2);

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService desks = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> numbers = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				numbers.add(desks.submit(() -> {
					start.await();
					return queue.issueWalkIn(desk).number();
				}));
			}
			start.countDown();
			List<Integer> issued = new ArrayList<>();
			for (Future<Integer> number : numbers) {
				issued.add(number.get(30, TimeUnit.SECONDS));
			}
			assertThat(issued).containsExactlyInAnyOrder(3, 4);
		}
		finally {
			desks.shutdownNow();
		}

		at(day.plusDays(101));
		assertThat(queue.issueWalkIn(desk).number()).as("the next day starts again").isEqualTo(1);
	}

	@Test
	void theFirstComeIsCalledFirstAndAnAppointmentWaitsFromItsTime() {
		Appointment appointment = booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(13, 30)), null);
		QueueTicket first = queue.issueWalkIn(desk);
		QueueTicket booked = queue.checkIn(appointment.code().toLowerCase(), desk);
		assertThat(queue.checkIn(appointment.code(), desk).id()).as("checked in again").isEqualTo(booked.id());
		clock.advance(Duration.ofMinutes(1));
		QueueTicket second = queue.issueWalkIn(desk);

		assertThat(queue.callNext(desk)).get().extracting(QueueTicket::id).isEqualTo(first.id());
		queue.finish(first.id(), true, desk);
		assertThat(queue.callNext(desk)).get().extracting(QueueTicket::id).isEqualTo(second.id());
		queue.finish(second.id(), false, desk);
		assertThat(queue.callNext(desk)).get().extracting(QueueTicket::id).isEqualTo(booked.id());
		assertThat(queue.callNext(desk)).isEmpty();
		assertThat(queue.today(booking.agency(), QueueTicketStatus.CALLED)).extracting(QueueTicket::id).containsExactly(booked.id());
		assertThatThrownBy(() -> queue.finish(first.id(), false, desk)).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void anotherDaysOrACancelledAppointmentIsNotCheckedIn() {
		Appointment cancelled = booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(15, 30)), null);
		booking.cancel(cancelled.code(), booking.keyOf(cancelled));
		assertThatThrownBy(() -> queue.checkIn(cancelled.code(), desk)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("counter.queue.check-in.cancelled"));
		Appointment tomorrows = booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(15, 30)), null);
		at(day.minusDays(1));
		assertThatThrownBy(() -> queue.checkIn(tomorrows.code(), desk)).isInstanceOfSatisfying(
				InvalidRequestException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("counter.queue.check-in.not-today"));
	}

	@Test
	void onlyTheAgencysDeskIssuesAndCallsAndAnyoneReadsTheDisplay() {
		at(day.plusDays(200));
		String otherDesk = OfficerPages.officerOfAnotherAgency(organization, Role.RECEPTION_OFFICER);
		assertThat(mvc.get().uri("/desk/queue")).hasStatus3xxRedirection();
		for (String officer : new String[] { "specialist", "leader", DemoAccounts.CITIZEN }) {
			assertThat(mvc.get().uri("/desk/queue").with(OfficerPages.as(officer))).as(officer).hasStatus(403);
			assertThat(mvc.post().uri("/desk/queue/tickets").with(csrf()).with(OfficerPages.as(officer))).as(officer)
				.hasStatus(403);
			assertThat(mvc.post().uri("/desk/queue/next").with(csrf()).with(OfficerPages.as(officer))).as(officer)
				.hasStatus(403);
		}
		assertThat(queue.issueWalkIn(DemoAccounts.signedIn(accounts, otherDesk)).agencyId())
			.as("another agency's desk issues its own agency's numbers (decision 0047)")
			.isNotEqualTo(booking.agency().id());
		assertThat(mvc.post().uri("/desk/queue/tickets").with(OfficerPages.as("desk"))).as("without its CSRF token")
			.hasStatus(403);

		var issued = mvc.post().uri("/desk/queue/tickets").with(csrf()).with(OfficerPages.as("desk")).exchange();
		assertThat(issued).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(OfficerPages.redirect(issued)).with(OfficerPages.as("desk"))).hasStatusOk().bodyText().contains("001")
			.contains("Bạn là người tiếp theo.");
		assertThat(mvc.get().uri("/queue/display")).hasStatusOk().bodyText().contains("Chưa gọi số nào.")
			.contains("Đang chờ: 1 người");
		assertThat(mvc.post().uri("/desk/queue/next").with(csrf()).with(OfficerPages.as("desk")))
			.hasRedirectedUrl("/desk/queue");
		assertThat(mvc.get().uri("/queue/display?lang=en")).hasStatusOk().bodyText().contains("001")
			.contains("Nobody waiting");
		assertThat(mvc.get().uri("/desk/queue").with(OfficerPages.as("desk"))).hasStatusOk().bodyText().contains("001");
	}

	@Test
	void theDeskListsTheDaysAppointmentsWithWhereEachVisitorStandsAndNobodyElseReadsIt() {
		LocalDate listed = workingDayFrom(day.plusDays(300));
		at(listed);
		Appointment booked = booking.book(aBooking(listed, LocalTime.of(10, 0), "Lê Thị Đến Sau", "0905000001"), null);
		Appointment served = booking.book(aBooking(listed, LocalTime.of(10, 30), "Phạm Văn Xong", "0905000002"), null);
		Appointment waiting = booking.book(aBooking(listed, LocalTime.of(11, 0), "Võ Thị Chờ", "0905000003"), null);
		Appointment cancelled = booking.book(aBooking(listed, LocalTime.of(13, 0), "Đỗ Văn Hủy", "0905000004"), null);
		booking.cancel(cancelled.code(), booking.keyOf(cancelled));
		queue.checkIn(served.code(), desk);
		queue.checkIn(waiting.code(), desk);
		QueueTicket called = queue.callNext(desk).orElseThrow();
		assertThat(called.appointmentCode()).isEqualTo(served.code());
		queue.finish(called.id(), true, desk);

		assertThat(desks.ofDay(listed, desk)).extracting(listedOne -> listedOne.appointment().code(), DayAppointment::visit)
			.containsExactly(tuple(booked.code(), DayAppointment.Visit.BOOKED),
					tuple(served.code(), DayAppointment.Visit.SERVED),
					tuple(waiting.code(), DayAppointment.Visit.CHECKED_IN),
					tuple(cancelled.code(), DayAppointment.Visit.CANCELLED));
		assertThat(mvc.get().uri("/desk/appointments").with(OfficerPages.as("desk"))).as("today's").hasStatusOk()
			.bodyText().contains("Lê Thị Đến Sau", "0905000001", "Đã đặt, chưa đến", "Đã tiếp nhận", "số 001",
					"Đã đến, đang chờ", "Đã hủy");
		assertThat(mvc.get().uri("/desk/appointments").param("day", listed.plusDays(1).toString()).param("lang", "en")
			.with(OfficerPages.as("desk"))).hasStatusOk().bodyText().contains("No appointment on this day.")
			.doesNotContain("Lê Thị Đến Sau");

		String otherDesk = OfficerPages.officerOfAnotherAgency(organization, Role.RECEPTION_OFFICER);
		assertThat(mvc.get().uri("/desk/appointments")).hasStatus3xxRedirection();
		for (String officer : new String[] { "specialist", "leader", DemoAccounts.CITIZEN }) {
			assertThat(mvc.get().uri("/desk/appointments").param("day", listed.toString())
				.with(OfficerPages.as(officer))).as(officer).hasStatus(403);
		}
		assertThat(mvc.get().uri("/desk/appointments").param("day", listed.toString())
			.with(OfficerPages.as(otherDesk))).as("another agency's desk reads its own agency's list (decision 0047)")
			.hasStatusOk().bodyText().doesNotContain("Lê Thị Đến Sau");
		assertThat(desks.ofDay(listed, DemoAccounts.signedIn(accounts, otherDesk))).isEmpty();
	}

	private static AppointmentRequest aBooking(LocalDate day, LocalTime time, String name, String phone) {
		return new AppointmentRequest(AppointmentFixtures.SECTOR, null, day, time, name, phone, null, null);
	}

	private LocalDate workingDayFrom(LocalDate from) {
		LocalDate working = from;
		while (!calendar.isWorkingDay(working, booking.agency().id())) {
			working = working.plusDays(1);
		}
		return working;
	}

	private void at(LocalDate other) {
		clock.set(other.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
	}
}
