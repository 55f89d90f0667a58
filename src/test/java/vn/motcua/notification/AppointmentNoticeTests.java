package vn.motcua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.counter.Appointment;
import vn.motcua.counter.AppointmentBooking;
import vn.motcua.counter.AppointmentRequest;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The booker of an appointment is told its code, time, place and the link with its key, by e-mail and SMS,
 * when they book; reminded once the day before, unless they booked within that day or cancelled; told once
 * when it is cancelled; all in the language of the pages they booked on. The administrators' view of the
 * messages withholds the key, and their list of templates names the notices.
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
		LocalDate next = booking.bookableDays(booking.agency()).get(1);
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
	void aBookingFromTheEnglishPagesIsToldInEnglishAndSoIsItsCancellation() {
		LocalDate day = atNineOnAWorkingDayFrom(540);
		MvcTestResult booked = mvc.post().uri("/appointments").with(csrf()).with(ownAddress()).param("lang", "en")
			.param("submissionKey", UUID.randomUUID().toString()).param("sectorCode", "DIEN")
			.param("day", day.toString()).param("time", "14:00").param("name", "Nguyễn Thị Lan")
			.param("phone", "0905 678 901").param("email", "lan@example.vn").exchange();
		String location = OfficerPages.redirect(booked);
		String code = location.substring("/appointments/".length(), location.indexOf('?'));
		String key = location.substring(location.indexOf("key=") + "key=".length(), location.indexOf('&'));
		String printedTime = "14:00, " + day.getDayOfMonth() + " "
				+ day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + day.getYear();

		assertThat(sent(code, Notice.APPOINTMENT_BOOKED)).hasSize(2).allSatisfy(message -> {
			assertThat(message.language()).isEqualTo("en");
			assertThat(message.body()).contains(code, printedTime).doesNotContain("ịch hẹn");
		});

		booking.cancel(code, key);
		assertThat(sent(code, Notice.APPOINTMENT_CANCELLED)).extracting(Sent::channel, Sent::recipient, Sent::language)
			.containsExactlyInAnyOrder(tuple("EMAIL", "lan@example.vn", "en"), tuple("SMS", "0905 678 901", "en"));
		assertThat(sent(code, Notice.APPOINTMENT_CANCELLED)).allSatisfy(message -> assertThat(message.body())
			.contains(code, printedTime, "cancelled", "/appointments/" + code + "?key=" + key));
		booking.cancel(code, key);
		assertThat(sent(code, Notice.APPOINTMENT_CANCELLED)).as("cancelled again: told once").hasSize(2);
	}

	@Test
	void aCancellationIsToldInVietnameseToWhoBookedOnTheVietnamesePages() {
		LocalDate day = atNineOnAWorkingDayFrom(560);
		Appointment booked = booking.book(aBooking(day, LocalTime.of(15, 0), null), null);
		assertThat(sent(booked.code(), Notice.APPOINTMENT_CANCELLED)).as("booked, not cancelled").isEmpty();

		booking.cancel(booked.code(), booking.keyOf(booked));
		assertThat(sent(booked.code(), Notice.APPOINTMENT_CANCELLED)).singleElement().satisfies(sms -> {
			assertThat(sms.channel()).isEqualTo("SMS");
			assertThat(sms.language()).isEqualTo("vi");
			assertThat(sms.body()).contains(booked.code(), "15:00 ngày " + VietnamTime.PRINTED_DATE.format(day),
					"đã được hủy");
		});
	}

	@Test
	void administratorsFindTheAppointmentNoticesTemplatesByName() {
		assertThat(mvc.get().uri("/admin/notifications/templates").with(OfficerPages.as("admin"))).hasStatusOk()
			.bodyText().contains("Xác nhận lịch hẹn nộp hồ sơ", "Nhắc lịch hẹn nộp hồ sơ", "Hủy lịch hẹn nộp hồ sơ",
					"Gửi lại đường liên kết lịch hẹn").doesNotContain("??");
		assertThat(mvc.get().uri("/admin/notifications/templates/APPOINTMENT_CANCELLED/EMAIL/en").param("lang", "en")
			.with(OfficerPages.as("admin"))).hasStatusOk().bodyText().contains("Appointment cancelled");
		assertThat(mvc.get().uri("/admin/notifications/templates/APPOINTMENT_REMINDER/SMS/en").param("lang", "en")
			.with(OfficerPages.as("admin"))).hasStatusOk().bodyText().contains("Appointment reminder (the day before)");
	}

	record Sent(String channel, String recipient, String language, String body) {
	}

	/** The messages queued to the booker, as the worker sends them (the key in clear). */
	private List<Sent> sent(String code, Notice notice) {
		return jdbc.sql("SELECT channel, recipient, language, body FROM notification_message WHERE record_code = ?"
				+ " AND notice = ?")
			.params(code, notice.name())
			.query((rs, row) -> new Sent(rs.getString("channel"), rs.getString("recipient"), rs.getString("language"),
					rs.getString("body")))
			.list();
	}

	/** A client address of this test class's own, apart from the counter's tests' share of the rate limit. */
	private static RequestPostProcessor ownAddress() {
		return ClientAddresses.from("192.0.2.41");
	}

	private static AppointmentRequest aBooking(LocalDate day, LocalTime time, String email) {
		return new AppointmentRequest("DIEN", null, day, time, "Nguyễn Thị Lan", "0905 678 901", email, null);
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
