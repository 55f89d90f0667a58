package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Booking against the database: a slot takes its capacity and no more, even when two book its last
 * place at once; a form sent twice books once; a day off, a past day and a closed slot are refused at
 * their field; cancelling needs the phone it was booked with and frees the place. Each test books
 * slots of its own, for the context's database is shared with the other appointment tests.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AppointmentBookingTests {

	@Autowired
	AppointmentBooking booking;
	@Autowired
	AppointmentRules rules;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	LocalDate day;

	@BeforeEach
	void aTestDay() {
		day = AppointmentFixtures.atNineOnATestDay(clock, calendar, booking.agency().id());
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void aSlotTakesItsCapacityAndRefusesTheNext() {
		LocalTime time = LocalTime.of(10, 0);
		int capacity = rules.inForceOn(day).capacityPerSlot();
		for (int i = 0; i < capacity; i++) {
			booking.book(AppointmentFixtures.aBooking(day, time), null);
		}

		assertThat(slotAt(time).remaining()).isZero();
		assertThat(slotAt(time).bookable()).isFalse();
		assertThatThrownBy(() -> booking.book(AppointmentFixtures.aBooking(day, time), null))
			.isInstanceOfSatisfying(InvalidFieldException.class, refused -> {
				assertThat(refused.field()).isEqualTo("time");
				assertThat(refused.messageKey()).isEqualTo("counter.appointment.slot.full");
			});
		assertThat(booked(time)).isEqualTo(capacity);
	}

	@Test
	void twoBookingsOfTheLastPlaceAtOnceGetOnePlace() throws Exception {
		LocalTime time = LocalTime.of(10, 30);
		int capacity = rules.inForceOn(day).capacityPerSlot();
		for (int i = 0; i < capacity - 1; i++) {
			booking.book(AppointmentFixtures.aBooking(day, time), null);
		}

		CountDownLatch start = new CountDownLatch(1);
		ExecutorService bookers = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(bookers.submit(() -> {
					start.await();
					try {
						return booking.book(AppointmentFixtures.aBooking(day, time), null).code();
					}
					catch (InvalidFieldException full) {
						return full.messageKey();
					}
				}));
			}
			start.countDown();
			List<String> outcomes = new ArrayList<>();
			for (Future<String> result : results) {
				outcomes.add(result.get(30, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn("counter.appointment.slot.full"::equals).hasSize(1);
		}
		finally {
			bookers.shutdownNow();
		}
		assertThat(booked(time)).isEqualTo(capacity);
	}

	@Test
	void theSameFormSentTwiceBooksOnce() {
		LocalTime time = LocalTime.of(11, 0);
		String key = UUID.randomUUID().toString();
		Appointment first = booking.book(AppointmentFixtures.aBooking(day, time), key);
		Appointment again = booking.book(AppointmentFixtures.aBooking(day, time), key);

		assertThat(again.code()).isEqualTo(first.code());
		assertThat(booked(time)).isEqualTo(1);
		assertThatThrownBy(() -> booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(14, 0)), key))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("submission-key.reused"));
	}

	@Test
	void aDayOffAPastDayAClosedSlotAndAMissingPhoneAreRefusedAtTheirField() {
		LocalDate holiday = AppointmentFixtures.nextHolidayAfter(calendar, booking.agency().id(), day);
		assertRefused(AppointmentFixtures.aBooking(holiday, LocalTime.of(14, 0)), "day",
				"counter.appointment.day.not-working");
		assertRefused(AppointmentFixtures.aBooking(day.minusDays(1), LocalTime.of(14, 0)), "day",
				"counter.appointment.day.past");
		assertRefused(AppointmentFixtures.aBooking(day, LocalTime.of(8, 0)), "time", "counter.appointment.time.closed");
		assertRefused(AppointmentFixtures.aBooking(day, LocalTime.of(12, 0)), "time", "counter.appointment.time.unknown");
		AppointmentRequest noPhone = new AppointmentRequest(AppointmentFixtures.SECTOR, null, day, LocalTime.of(14, 0),
				"Nguyễn Văn An", " ", null);
		assertRefused(noPhone, "phone", "counter.appointment.phone.required");
		AppointmentRequest otherSector = new AppointmentRequest("HOA_CHAT", AppointmentFixtures.PROCEDURE, day,
				LocalTime.of(14, 0), "Nguyễn Văn An", "0905123456", null);
		assertRefused(otherSector, "procedureCode", "counter.appointment.procedure.unknown");
		assertThat(booked(LocalTime.of(14, 0))).as("no refused booking takes a place").isZero();
	}

	@Test
	void onlyTheBookersPhoneCancelsAndCancellingFreesThePlace() {
		LocalTime time = LocalTime.of(14, 30);
		Appointment appointment = booking.book(new AppointmentRequest(AppointmentFixtures.SECTOR,
				AppointmentFixtures.PROCEDURE, day, time, "Trần Thị Bình", "+84 905 765 432", "binh@example.vn"), null);
		assertThat(appointment.maskedPhone()).isEqualTo("*******432").doesNotContain("905");

		assertThatThrownBy(() -> booking.cancel(appointment.code(), "0905 765 433"))
			.isInstanceOf(NotFoundException.class);
		assertThat(booked(time)).isEqualTo(1);

		Appointment cancelled = booking.cancel(appointment.code().toLowerCase(), "0905.765.432");
		assertThat(cancelled.isCancelled()).isTrue();
		assertThat(booking.find(appointment.code()).status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(booked(time)).isZero();
		booking.cancel(appointment.code(), "0905765432");
		assertThat(booked(time)).as("a second cancellation frees nothing more").isZero();
	}

	@Test
	void theDaysOfferedAreWorkingDaysFromTodayAsManyAsTheRulesSay() {
		List<LocalDate> days = booking.bookableDays();
		assertThat(days).hasSize(rules.inForceOn(day).daysAhead()).first().isEqualTo(day);
		assertThat(days).allMatch(offered -> calendar.isWorkingDay(offered, booking.agency().id()));
		assertThatThrownBy(() -> booking.slots(days.get(days.size() - 1).plusDays(40)))
			.isInstanceOfSatisfying(InvalidFieldException.class, refused -> assertThat(refused.messageKey())
				.isIn("counter.appointment.day.too-far", "counter.appointment.day.not-working"));
	}

	private void assertRefused(AppointmentRequest request, String field, String messageKey) {
		assertThatThrownBy(() -> booking.book(request, null)).isInstanceOfSatisfying(InvalidFieldException.class,
				refused -> {
					assertThat(refused.field()).isEqualTo(field);
					assertThat(refused.messageKey()).isEqualTo(messageKey);
				});
	}

	private Slot slotAt(LocalTime time) {
		return booking.slots(day).stream().filter(slot -> slot.startsAt().toLocalTime().equals(time)).findFirst()
			.orElseThrow();
	}

	private int booked(LocalTime time) {
		return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE agency_id = ? AND starts_at = ? AND status = 'BOOKED'")
			.params(booking.agency().id(), day.atTime(time))
			.query(Integer.class)
			.single();
	}
}
