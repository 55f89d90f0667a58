package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.testing.DatabaseRaces;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Booking against the database: a slot takes its capacity and no more, even when two book its last
 * place at once; a form sent twice books once; a day off, a past day and a closed slot are refused at
 * their field; reading and cancelling need the appointment's key, and cancelling frees the place. Each test books
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
	@Autowired
	JdbcTemplate jdbcTemplate;
	@Autowired
	TransactionTemplate transactions;

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
		int capacity = rules.inForceOn(booking.agency().id(), day).capacityPerSlot();
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

	/**
	 * The race staged rather than hoped for: the first booking of the slot's last place holds its
	 * transaction open until the second is seen waiting for the slot's row, then commits; the second then
	 * finds the slot full. On PostgreSQL (the failsafe layer) and on H2.
	 */
	@Test
	void theSecondBookingOfTheLastPlaceWaitsForTheFirstAndFindsTheSlotFull() throws Exception {
		LocalTime time = LocalTime.of(10, 30);
		int capacity = rules.inForceOn(booking.agency().id(), day).capacityPerSlot();
		for (int i = 0; i < capacity - 1; i++) {
			booking.book(AppointmentFixtures.aBooking(day, time), null);
		}
		CountDownLatch firstBooked = new CountDownLatch(1);
		CountDownLatch commitFirst = new CountDownLatch(1);

		CompletableFuture<Appointment> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
			Appointment appointment = booking.book(AppointmentFixtures.aBooking(day, time), null);
			firstBooked.countDown();
			DatabaseRaces.awaitQuietly(commitFirst);
			return appointment;
		}));
		assertThat(firstBooked.await(30, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
			try {
				return booking.book(AppointmentFixtures.aBooking(day, time), null).code();
			}
			catch (InvalidFieldException full) {
				return full.messageKey();
			}
		});
		try {
			await().atMost(Duration.ofSeconds(30)).until(() -> DatabaseRaces.aSessionWaitsForALock(jdbcTemplate));
		}
		finally {
			commitFirst.countDown();
		}

		assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(second.get(30, TimeUnit.SECONDS)).isEqualTo("counter.appointment.slot.full");
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
				"Nguyễn Văn An", " ", null, null);
		assertRefused(noPhone, "phone", "counter.appointment.phone.required");
		AppointmentRequest otherSector = new AppointmentRequest("HOA_CHAT", AppointmentFixtures.PROCEDURE, day,
				LocalTime.of(14, 0), "Nguyễn Văn An", "0905123456", null, null);
		assertRefused(otherSector, "procedureCode", "counter.appointment.procedure.unknown");
		assertThat(booked(LocalTime.of(14, 0))).as("no refused booking takes a place").isZero();
	}

	@Test
	void onlyTheAppointmentsKeyOpensAndCancelsItAndCancellingFreesThePlace() {
		LocalTime time = LocalTime.of(14, 30);
		Appointment appointment = booking.book(new AppointmentRequest(AppointmentFixtures.SECTOR,
				AppointmentFixtures.PROCEDURE, day, time, "Trần Thị Bình", "+84 905 765 432", "binh@example.vn", null), null);
		Appointment another = booking.book(AppointmentFixtures.aBooking(day, time), null);
		String key = booking.keyOf(appointment);
		assertThat(appointment.maskedPhone()).isEqualTo("*******432").doesNotContain("905");
		assertThat(key).matches("[A-Za-z0-9_-]{16}").isNotEqualTo(booking.keyOf(another));

		for (String wrong : new String[] { booking.keyOf(another), null, "", key.substring(1) }) {
			assertThatThrownBy(() -> booking.cancel(appointment.code(), wrong)).as(wrong)
				.isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> booking.opened(appointment.code(), wrong)).as(wrong)
				.isInstanceOf(NotFoundException.class);
		}
		assertThat(booked(time)).isEqualTo(2);

		assertThat(booking.opened(appointment.code().toLowerCase(), key).code()).isEqualTo(appointment.code());
		Appointment cancelled = booking.cancel(appointment.code().toLowerCase(), key);
		assertThat(cancelled.isCancelled()).isTrue();
		assertThat(booking.find(appointment.code()).status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(booked(time)).isEqualTo(1);
		booking.cancel(appointment.code(), key);
		assertThat(booked(time)).as("a second cancellation frees nothing more").isEqualTo(1);
		assertThat(booking.find(another.code()).status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	@Test
	void theDaysOfferedAreWorkingDaysFromTodayAsManyAsTheRulesSay() {
		List<LocalDate> days = booking.bookableDays(booking.agency());
		assertThat(days).hasSize(rules.inForceOn(booking.agency().id(), day).daysAhead()).first().isEqualTo(day);
		assertThat(days).allMatch(offered -> calendar.isWorkingDay(offered, booking.agency().id()));
		assertThatThrownBy(() -> booking.slots(booking.agency(), days.get(days.size() - 1).plusDays(40)))
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
		return booking.slots(booking.agency(), day).stream().filter(slot -> slot.startsAt().toLocalTime().equals(time)).findFirst()
			.orElseThrow();
	}

	private int booked(LocalTime time) {
		return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE agency_id = ? AND starts_at = ? AND status = 'BOOKED'")
			.params(booking.agency().id(), day.atTime(time))
			.query(Integer.class)
			.single();
	}
}
