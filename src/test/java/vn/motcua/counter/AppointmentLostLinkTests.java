package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * A booker who lost their appointment's link gives its code and the phone or e-mail it was booked with, and
 * the link goes again to the booking's own phone and e-mail; every answer is the same, whether the code is
 * unknown, the contact another's or the pair right, so that nobody learns from it whether a code exists or
 * whose it is. Sent at most once an hour, audited, and rate-limited per client as the other appointment pages.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AppointmentLostLinkTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	AppointmentBooking booking;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;
	/** Chains the audit entries waiting for the chain, before this test reads audit_entry. */
	@Autowired
	AuditTrail audit;

	/** A client address of each test's own: the rate limit counts per address. */
	RequestPostProcessor client;

	@BeforeEach
	void aClientOfItsOwn() {
		String address = "2001:db8::" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1, 0x10000));
		client = ClientAddresses.from(address);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theLinkGoesAgainToTheBookingsOwnContactAndTheAnswerSaysNothingOfWhetherThePairIsRight() {
		LocalDate day = atNineOnAWorkingDayFrom(600);
		Appointment booked = booking.book(new AppointmentRequest(AppointmentFixtures.SECTOR, null, day,
				LocalTime.of(14, 30), "Phạm Thị Hoa", "0905 222 333", "hoa@example.vn", "en"), null);
		String link = "/appointments/" + booked.code() + "?key=" + booking.keyOf(booked);

		MvcTestResult unknownCode = ask("ZZZZZ9", "0905 222 333");
		MvcTestResult anotherPhone = ask(booked.code(), "0905 222 334");
		MvcTestResult anotherEmail = ask(booked.code(), "someone@example.vn");
		assertThat(linksSent(booked.code())).as("a wrong pair sends nothing").isEmpty();
		MvcTestResult rightPhone = ask(booked.code().toLowerCase(), "+84 905 222 333");
		for (MvcTestResult answer : List.of(unknownCode, anotherPhone, anotherEmail, rightPhone)) {
			assertThat(answer).as("one answer to every pair").hasStatus3xxRedirection()
				.hasRedirectedUrl("/appointments/link?sent");
		}
		assertThat(linksSent(booked.code())).extracting(Sent::channel, Sent::recipient, Sent::language)
			.containsExactlyInAnyOrder(tuple("EMAIL", "hoa@example.vn", "en"), tuple("SMS", "0905 222 333", "en"));
		assertThat(linksSent(booked.code())).allSatisfy(message -> assertThat(message.body()).contains(link));

		assertThat(ask(booked.code(), "HOA@example.VN")).hasRedirectedUrl("/appointments/link?sent");
		assertThat(linksSent(booked.code())).as("asked again within the hour").hasSize(2);
		audit.seal();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'counter.appointment.link-sent'"
				+ " AND record_id = ?").param(booked.code()).query(Integer.class).single()).isEqualTo(2);

		assertThat(mvc.get().uri("/appointments/link").param("sent", "")).hasStatusOk().bodyText()
			.contains("Nếu có lịch hẹn sắp tới với mã và số điện thoại hoặc thư điện tử này");
	}

	@Test
	void aCancelledAppointmentsLinkIsNotSentAgain() {
		LocalDate day = atNineOnAWorkingDayFrom(620);
		Appointment booked = booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(15, 30)), null);
		booking.cancel(booked.code(), booking.keyOf(booked));
		assertThat(ask(booked.code(), "0905 123 456")).hasRedirectedUrl("/appointments/link?sent");
		assertThat(linksSent(booked.code())).isEmpty();
	}

	@Test
	void aMissingCodeOrContactIsToldAtItsFieldInTheReadersLanguage() {
		assertThat(mvc.post().uri("/appointments/link").with(csrf()).with(client).param("lang", "en")
			.param("code", "").param("contact", "")).hasStatusOk().bodyText()
			.contains("Enter the code of the appointment.", "Enter the phone number or e-mail you booked with.");
		assertThat(mvc.post().uri("/appointments/link").with(client).param("code", "ABCDEF")
			.param("contact", "0905 123 456")).as("without its CSRF token").hasStatus(403);
	}

	@Test
	void theApiSendsTheLinkAgainAndAnswersAlikeWhateverThePair() {
		LocalDate day = atNineOnAWorkingDayFrom(640);
		Appointment booked = booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(10, 30)), null);

		assertThat(askApi("ZZZZZ9", "0905 123 456")).hasStatus(202);
		assertThat(askApi(booked.code(), "0905 123 457")).hasStatus(202);
		assertThat(linksSent(booked.code())).as("a wrong pair sends nothing").isEmpty();
		assertThat(askApi(booked.code(), "0905123456")).hasStatus(202);
		assertThat(linksSent(booked.code())).extracting(Sent::channel, Sent::recipient)
			.containsExactly(tuple("SMS", "0905 123 456"));

		assertThat(mvc.post().uri("/api/v1/appointments/link-requests").with(client).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\" \",\"contact\":\"0905 123 456\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.errors.code").asString()
			.contains("Enter the code of the appointment.");
		assertThat(mvc.post().uri("/api/v1/appointments/link-requests").with(client)
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"ZZZZZ9\"}"))
			.hasStatus(400).bodyJson().extractingPath("$.errors.contact").asString().isNotBlank();
	}

	/** The API reads an appointment as its page does: with the key of its link, and nothing without it. */
	@Test
	void theApiReadsAnAppointmentWithItsKeyOnly() {
		LocalDate day = atNineOnAWorkingDayFrom(660);
		Appointment booked = booking.book(AppointmentFixtures.aBooking(day, LocalTime.of(10, 0)), null);

		assertThat(mvc.get().uri("/api/v1/appointments/{code}", booked.code()).param("key", booking.keyOf(booked))
			.with(client)).hasStatusOk().bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.code").isEqualTo(booked.code());
				assertThat(json).extractingPath("$.status").isEqualTo("BOOKED");
				assertThat(json).extractingPath("$.phone").asString().startsWith("*").doesNotContain("0905");
			});
		assertThat(mvc.get().uri("/api/v1/appointments/{code}", booked.code()).param("key", "x" + booking.keyOf(booked))
			.with(client)).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/appointments/{code}", booked.code()).with(client)).hasStatus(404);
	}

	@Test
	void aClientThatAsksTooOftenIsStopped() {
		MvcTestResult last = null;
		for (int i = 0; i < 25; i++) {
			last = ask("ZZZZZ9", "0905 000 " + (100 + i));
		}
		assertThat(last).hasStatus(429);
	}

	private MvcTestResult askApi(String code, String contact) {
		return mvc.post().uri("/api/v1/appointments/link-requests").with(client).contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"%s\",\"contact\":\"%s\"}".formatted(code, contact)).exchange();
	}

	private MvcTestResult ask(String code, String contact) {
		return mvc.post().uri("/appointments/link").with(csrf()).with(client).param("code", code)
			.param("contact", contact).exchange();
	}

	/** Sets the clock to 09:00 of the first working day that many days from today (days no other test books). */
	private LocalDate atNineOnAWorkingDayFrom(int daysAhead) {
		clock.reset();
		LocalDate day = LocalDate.now(clock).plusDays(daysAhead);
		while (!calendar.isWorkingDay(day, booking.agency().id())) {
			day = day.plusDays(1);
		}
		clock.set(day.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
		return day;
	}

	record Sent(String channel, String recipient, String language, String body) {
	}

	/** The links sent again, as the worker sends them. */
	private List<Sent> linksSent(String code) {
		return jdbc.sql("SELECT channel, recipient, language, body FROM notification_message WHERE record_code = ?"
				+ " AND notice = 'APPOINTMENT_LINK'")
			.param(code)
			.query((rs, row) -> new Sent(rs.getString("channel"), rs.getString("recipient"), rs.getString("language"),
					rs.getString("body")))
			.list();
	}
}
