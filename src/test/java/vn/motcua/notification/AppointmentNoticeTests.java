package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.counter.Appointment;
import vn.motcua.counter.AppointmentBooking;
import vn.motcua.counter.AppointmentRequest;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The booker of an appointment is told its code, time, place and the link with its key, by e-mail and SMS,
 * when they book; reminded once the day before, unless they booked within that day or cancelled; the
 * administrators' view of the messages withholds the key, and their list of templates names the notices.
 * On days of their own, far from the counter's tests.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AppointmentNoticeTests {

	@Autowired
	AppointmentBooking booking;
	@Autowired
	AppointmentReminders reminders;
	@Autowired
	NotificationManagement notifications;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvcTester mvc;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theBookerIsToldTheCodeTimePlaceAndLinkOnBothChannels() {
		LocalDate day = atNineOnAWorkingDayFrom(500);
		Appointment booked = booking.book(aBooking(day, LocalTime.of(14, 0), "lan@example.vn"), null);
		String link = "/appointments/" + booked.code() + "?key=" + booking.keyOf(booked);

		assertThat(sent(booked.code(), Notice.APPOINTMENT_BOOKED)).extracting(Sent::channel, Sent::recipient)
			.containsExactlyInAnyOrder(tuple("EMAIL", "lan@example.vn"),
					tuple("SMS", "0905 678 901"));
		String printedTime = "14:00 ngày " + VietnamTime.PRINTED_DATE.format(day);
		assertThat(sent(booked.code(), Notice.APPOINTMENT_BOOKED)).allSatisfy(message -> assertThat(message.body())
			.contains(booked.code(), printedTime, booking.agency().name(), link));
		assertThat(notifications.messages(null, booked.code(), 0, 10).content()).isNotEmpty()
			.allSatisfy(message -> assertThat(message.body()).as("the administrators' view")
				.doesNotContain(booking.keyOf(booked)).contains("key=***"));
	}

	@Test
	void theBookerIsRemindedOnceTheDayBeforeUnlessTheyBookedWithinItOrCancelled() {
		LocalDate day = atNineOnAWorkingDayFrom(520);
		LocalDate next = booking.bookableDays().get(1);
		Appointment tomorrows = booking.book(aBooking(next, LocalTime.of(10, 0), null), null);
		Appointment todays = booking.book(aBooking(day, LocalTime.of(15, 0), null), null);
		Appointment cancelled = booking.book(aBooking(next, LocalTime.of(10, 30), null), null);
		booking.cancel(cancelled.code(), booking.keyOf(cancelled));

		reminders.remindDue();
		assertThat(sent(tomorrows.code(), Notice.APPOINTMENT_REMINDER)).as("more than a day ahead").isEmpty();

		clock.set(tomorrows.startsAt().atZone(VietnamTime.ZONE).toInstant().minus(Duration.ofHours(24)));
		reminders.remindDue();
		reminders.remindDue();
		assertThat(sent(tomorrows.code(), Notice.APPOINTMENT_REMINDER)).singleElement().satisfies(sms -> {
			assertThat(sms.channel()).isEqualTo("SMS");
			assertThat(sms.body()).contains(tomorrows.code(), "/appointments/" + tomorrows.code() + "?key="
					+ booking.keyOf(tomorrows));
		});
		assertThat(sent(todays.code(), Notice.APPOINTMENT_REMINDER)).as("booked within the day").isEmpty();
		assertThat(sent(cancelled.code(), Notice.APPOINTMENT_REMINDER)).as("cancelled").isEmpty();
	}

	@Test
	void administratorsFindTheAppointmentNoticesTemplatesByName() {
		assertThat(mvc.get().uri("/admin/notifications/templates").with(OfficerPages.as("admin"))).hasStatusOk()
			.bodyText().contains("Xác nhận lịch hẹn nộp hồ sơ", "Nhắc lịch hẹn nộp hồ sơ").doesNotContain("??");
		assertThat(mvc.get().uri("/admin/notifications/templates/APPOINTMENT_REMINDER/SMS/en").param("lang", "en")
			.with(OfficerPages.as("admin"))).hasStatusOk().bodyText().contains("Appointment reminder (the day before)");
	}

	record Sent(String channel, String recipient, String body) {
	}

	/** The messages queued to the booker, as the worker sends them (the key in clear). */
	private List<Sent> sent(String code, Notice notice) {
		return jdbc.sql("SELECT channel, recipient, body FROM notification_message WHERE record_code = ? AND notice = ?")
			.params(code, notice.name())
			.query((rs, row) -> new Sent(rs.getString("channel"), rs.getString("recipient"), rs.getString("body")))
			.list();
	}

	private static AppointmentRequest aBooking(LocalDate day, LocalTime time, String email) {
		return new AppointmentRequest("DIEN", null, day, time, "Nguyễn Thị Lan", "0905 678 901", email);
	}

	/** Sets the clock to 09:00 of the first working day that many days from today, and answers it. */
	private LocalDate atNineOnAWorkingDayFrom(int daysAhead) {
		clock.reset();
		LocalDate day = LocalDate.now(clock).plusDays(daysAhead);
		while (!calendar.isWorkingDay(day, booking.agency().id())) {
			day = day.plusDays(1);
		}
		clock.set(day.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
		return day;
	}
}
