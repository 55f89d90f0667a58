package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.audit.AuditFilter;
import vn.motcua.audit.AuditScope;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The bookers' name, phone and e-mail are cleared once the configured time has passed since the appointment's
 * start, and not before, and the notification module's copies of their notices with them; the appointment
 * stays, its code and status for the desk's list; the clearing is audited, and a second run clears nothing more. On a day of its own, far from the other appointment tests'.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AppointmentRetentionTests {

	/** The demo's configured time (motcua.counter.personal-data.kept-for). */
	static final Duration KEPT_FOR = Duration.ofDays(30);

	@Autowired
	AppointmentBooking booking;
	@Autowired
	AppointmentRetention retention;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MutableClock clock;
	@Autowired
	AuditTrail audit;
	@Autowired
	MockMvcTester mvc;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theBookersDataIsClearedOnceItsTimeHasPassedSinceTheAppointmentAndAudited() {
		LocalDate first = AppointmentFixtures.atNineOnATestDay(clock, calendar, booking.agency().id()).plusDays(400);
		while (!calendar.isWorkingDay(first, booking.agency().id())) {
			first = first.plusDays(1);
		}
		clock.set(first.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
		LocalDate next = booking.bookableDays(booking.agency()).get(1);
		Appointment past = booking.book(new AppointmentRequest(AppointmentFixtures.SECTOR, null, first,
				LocalTime.of(10, 0), "Hoàng Văn Cũ", "0905 222 333", "cu@example.vn", null), null);
		Appointment kept = booking.book(new AppointmentRequest(AppointmentFixtures.SECTOR, null, next,
				LocalTime.of(10, 0), "Hoàng Văn Mới", "0905 444 555", "moi@example.vn", null), null);

		clock.set(past.startsAt().atZone(VietnamTime.ZONE).toInstant().plus(KEPT_FOR).minusSeconds(1));
		retention.clearExpired();
		assertThat(booking.find(past.code()).isCleared()).as("a second before its time").isFalse();
		assertThat(noticesTo(past.code())).as("its notice, by e-mail and SMS").isEqualTo(2);

		clock.advance(Duration.ofSeconds(2));
		assertThat(retention.clearExpired()).isPositive();

		Appointment cleared = booking.find(past.code());
		assertThat(cleared.name()).isNull();
		assertThat(cleared.phone()).isNull();
		assertThat(cleared.email()).isNull();
		assertThat(cleared.status()).isEqualTo(AppointmentStatus.BOOKED);
		assertThat(booking.find(kept.code())).extracting(Appointment::name, Appointment::phone, Appointment::email)
			.containsExactly("Hoàng Văn Mới", "0905 444 555", "moi@example.vn");
		assertThat(noticesTo(past.code())).as("the notices' copies go with the booker's data").isZero();
		assertThat(noticesTo(kept.code())).isEqualTo(2);
		assertThat(retention.clearExpired()).as("a second run").isZero();
		await().atMost(Duration.ofSeconds(30)).until(() -> !audit.entries(new AuditFilter("Appointment", null, null,
				"counter.appointment.personal-data-cleared", null, null), AuditScope.wholeTrail(), 0, 10).content()
			.isEmpty());

		assertThat(mvc.get().uri("/desk/appointments").param("day", first.toString()).with(OfficerPages.as("desk")))
			.hasStatusOk().bodyText().contains(past.code(), "(đã xóa)").doesNotContain("Hoàng Văn Cũ");
	}

	/** The messages to the appointment's booker, in the notification module's table (its copies of the contact). */
	private long noticesTo(String code) {
		return jdbc.sql("SELECT COUNT(*) FROM notification_message WHERE record_code = ?").param(code)
			.query(Long.class).single();
	}
}
