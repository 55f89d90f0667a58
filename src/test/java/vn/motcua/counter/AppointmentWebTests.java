package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.WebTest;

/**
 * The public pages and API of appointments: anyone books without signing in and gets a code, the
 * phone never shown back whole; the form sent twice books once; a day off, a full slot and a missing
 * phone are refused in the reader's language, on the page at the field and in the API as problem
 * details naming it; reading and cancelling need the appointment's key, which another booker's does not
 * replace. Slots of their own, apart from the booking tests'.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AppointmentWebTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	AppointmentBooking booking;
	@Autowired
	AppointmentRules rules;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MutableClock clock;

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
	void aVisitorBooksWithoutSigningInAndSeesTheCodeButNotThePhone() {
		assertThat(mvc.get().uri("/appointments/new")).hasStatusOk().bodyText().contains("Đặt lịch hẹn nộp hồ sơ");
		assertThat(mvc.get().uri("/appointments/new").param("sectorCode", AppointmentFixtures.SECTOR)
			.param("day", day.toString())).hasStatusOk().bodyText().contains("15:00–15:30").contains("còn 3 chỗ");

		String key = UUID.randomUUID().toString();
		MvcTestResult booked = bookOnThePage(key, "15:00", "0905 123 456");
		assertThat(booked).hasStatus3xxRedirection();
		String location = booked.getResponse().getRedirectedUrl();
		assertThat(location).matches("/appointments/[A-Z2-9]{6}\\?key=[A-Za-z0-9_-]{16}&booked");
		assertThat(bookOnThePage(key, "15:00", "0905 123 456")).as("the form sent again")
			.hasRedirectedUrl(location);

		String code = codeIn(location);
		assertThat(mvc.get().uri("/appointments/{code}", code)).as("without its key").hasStatus(404);
		assertThat(mvc.get().uri(location)).hasStatusOk().bodyText()
			.contains(code)
			.contains("*******456")
			.doesNotContain("0905 123 456")
			.doesNotContain("0905123456")
			.doesNotContain("Nguyễn Văn An");
		assertThat(mvc.get().uri("/api/v1/appointments/slots").param("day", day.toString())).hasStatusOk().bodyJson()
			.extractingPath("$[?(@.startsAt =~ /.*T15:00:00\\+07:00/)].remaining").asArray()
			.containsExactly(rules.inForceOn(booking.agency().id(), day).capacityPerSlot() - 1);
	}

	@Test
	void aFormWithoutItsCsrfTokenBooksNothing() {
		assertThat(mvc.post().uri("/appointments").param("sectorCode", AppointmentFixtures.SECTOR)
			.param("day", day.toString()).param("time", "15:30").param("name", "Nguyễn Văn An")
			.param("phone", "0905123456")).hasStatus(403);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Hãy nhập số điện thoại. | không phải ngày làm việc
			en | Enter a phone number.   | is not a working day
			""")
	void aMissingPhoneAndADayOffAreToldAtTheirFieldInTheReadersLanguage(String language, String noPhone,
			String dayOff) {
		assertThat(bookOnThePage(UUID.randomUUID().toString(), "15:30", "", language)).hasStatusOk().bodyText()
			.contains(noPhone).contains("Nguyễn Văn An");
		assertThat(mvc.get().uri("/appointments/new").param("lang", language)
			.param("sectorCode", AppointmentFixtures.SECTOR).param("day", AppointmentFixtures.nextHolidayAfter(calendar, booking.agency().id(), day).toString()))
			.hasStatusOk().bodyText().contains(dayOff);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Giờ hẹn: Khung giờ này vừa kín chỗ; hãy chọn khung giờ khác. | Số điện thoại: Hãy nhập số điện thoại.
			en | Time: This time has just filled up; choose another.          | Phone number: Enter a phone number.
			""")
	void theApiAnswersAFullSlotAndAMissingPhoneWithProblemDetailsNamingTheField(String language, String full,
			String noPhone) {
		LocalTime time = "vi".equals(language) ? LocalTime.of(16, 0) : LocalTime.of(16, 30);
		// filled whatever this context's other tests booked in the slot before (one books 16:00 too)
		while (placesLeft(time) > 0) {
			booking.book(AppointmentFixtures.aBooking(day, time), null);
		}
		assertThat(bookByApi(language, time, "0905123456")).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.detail").isEqualTo(full))
			.satisfies(json -> assertThat(json).extractingPath("$.errors").isEqualTo(Map.of("time", full)));
		assertThat(bookByApi(language, time, null)).hasStatus(400).bodyJson()
			.extractingPath("$.errors").isEqualTo(Map.of("phone", noPhone));
		assertThat(mvc.get().uri("/api/v1/appointments/slots").header("Accept-Language", language)
			.param("day", AppointmentFixtures.nextHolidayAfter(calendar, booking.agency().id(), day).toString())).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theApiBooksOnceAKeyAndAnswersTheAppointmentsKeyThatAloneCancelsIt() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = """
				{"sectorCode":"%s","procedureCode":"%s","day":"%s","time":"17:00","name":"Trần Thị Bình","phone":"0905765432"}"""
			.formatted(AppointmentFixtures.SECTOR, AppointmentFixtures.PROCEDURE, day);
		assertThat(mvc.post().uri("/api/v1/appointments").contentType(MediaType.APPLICATION_JSON).content(body))
			.as("17:00 is the end of the day, no slot's start").hasStatus(400);
		body = body.replace("17:00", "13:00");
		MvcTestResult first = mvc.post().uri("/api/v1/appointments").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
		assertThat(first).hasStatus(201).bodyJson().extractingPath("$.phone").isEqualTo("*******432");
		String answer = first.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String code = JsonPath.read(answer, "$.code");
		String appointmentKey = JsonPath.read(answer, "$.key");
		assertThat(first).hasHeader("Location", "/appointments/" + code + "?key=" + appointmentKey);
		assertThat(mvc.post().uri("/api/v1/appointments").header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON).content(body)).as("sent again").hasStatus(201).bodyJson()
			.satisfies(json -> assertThat(json).extractingPath("$.code").isEqualTo(code))
			.satisfies(json -> assertThat(json).extractingPath("$.key").isEqualTo(appointmentKey));

		assertThat(mvc.post().uri("/api/v1/appointments/{code}/cancellation", code)
			.contentType(MediaType.APPLICATION_JSON).content("{\"phone\":\"0905 765 432\"}")).as("the phone is no key")
			.hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(mvc.post().uri("/api/v1/appointments/{code}/cancellation", code)
			.contentType(MediaType.APPLICATION_JSON).content("{\"key\":\"%s\"}".formatted(appointmentKey)))
			.hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("CANCELLED");
		assertThat(mvc.get().uri("/appointments/{code}", code).param("key", appointmentKey)).hasStatusOk().bodyText()
			.contains("Đã hủy");
	}

	@Test
	void anotherBookerNeitherReadsNorCancelsAnAppointmentWithTheirOwnKey() {
		day = booking.bookableDays(booking.agency()).get(1); // a day of its own: the other tests fill the first's slots
		String mine = OfficerPages.redirect(bookOnThePage(UUID.randomUUID().toString(), "10:00", "0905 111 222", "vi",
				ownAddress()));
		String theirs = OfficerPages.redirect(bookOnThePage(UUID.randomUUID().toString(), "10:00", "0905 333 444", "vi",
				ownAddress()));
		String myCode = codeIn(mine);

		assertThat(mvc.get().uri("/appointments/{code}", myCode).param("key", keyIn(theirs)).with(ownAddress()))
			.hasStatus(404).bodyText().doesNotContain("222");
		assertThat(mvc.get().uri("/appointments/{code}", myCode).with(OfficerPages.as(DemoAccounts.CITIZEN))
			.with(ownAddress())).as("signed in, without the key").hasStatus(404);
		assertThat(mvc.post().uri("/appointments/{code}/cancellation", myCode).with(csrf()).with(ownAddress())
			.param("key", keyIn(theirs))).hasStatus(404);
		assertThat(booking.find(myCode).status()).isEqualTo(AppointmentStatus.BOOKED);

		assertThat(mvc.get().uri(mine).with(ownAddress())).hasStatusOk().bodyText().contains(myCode, "*******222");
		MvcTestResult cancelled = mvc.post().uri("/appointments/{code}/cancellation", myCode).with(csrf())
			.with(ownAddress()).param("key", keyIn(mine)).exchange();
		assertThat(mvc.get().uri(OfficerPages.redirect(cancelled)).with(ownAddress())).hasStatusOk().bodyText()
			.contains("Lịch hẹn đã được hủy.");
		assertThat(booking.find(myCode).status()).isEqualTo(AppointmentStatus.CANCELLED);
		assertThat(booking.find(codeIn(theirs)).status()).isEqualTo(AppointmentStatus.BOOKED);
	}

	private static String codeIn(String location) {
		return location.substring("/appointments/".length(), location.indexOf('?'));
	}

	private static String keyIn(String location) {
		return location.substring(location.indexOf("key=") + "key=".length(), location.indexOf('&'));
	}

	/** A client address of this test's own: the other tests of the class take most of the rate limit's minute. */
	private static RequestPostProcessor ownAddress() {
		return ClientAddresses.from("192.0.2.37");
	}

	private MvcTestResult bookOnThePage(String key, String time, String phone) {
		return bookOnThePage(key, time, phone, "vi");
	}

	private MvcTestResult bookOnThePage(String key, String time, String phone, String language) {
		return bookOnThePage(key, time, phone, language, request -> request);
	}

	private MvcTestResult bookOnThePage(String key, String time, String phone, String language,
			RequestPostProcessor client) {
		return mvc.post().uri("/appointments").with(csrf()).with(client).param("lang", language)
			.param("submissionKey", key).param("sectorCode", AppointmentFixtures.SECTOR)
			.param("day", day.toString()).param("time", time).param("name", "Nguyễn Văn An").param("phone", phone)
			.param("email", "").exchange();
	}

	private MvcTestResult bookByApi(String language, LocalTime time, String phone) {
		String phonePart = phone == null ? "" : ",\"phone\":\"" + phone + "\"";
		return mvc.post().uri("/api/v1/appointments").header("Accept-Language", language)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"sectorCode\":\"%s\",\"day\":\"%s\",\"time\":\"%s\",\"name\":\"Lê Văn C\"%s}"
				.formatted(AppointmentFixtures.SECTOR, day, time, phonePart))
			.exchange();
	}

	private int placesLeft(LocalTime time) {
		return booking.slots(booking.agency(), day).stream()
			.filter(slot -> slot.startsAt().toLocalTime().equals(time))
			.mapToInt(slot -> slot.capacity() - slot.booked())
			.findFirst().orElseThrow();
	}
}
