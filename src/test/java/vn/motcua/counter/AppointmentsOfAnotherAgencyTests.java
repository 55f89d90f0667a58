package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * A citizen books the counter of the agency they choose (decision 0047): an appointment at another agency
 * takes that agency's slot, its desk (and only it) lists and checks it in, and the booker's page names it;
 * naming no agency books the home agency's counter, and an unknown agency is refused with a message. An
 * agency without working hours of its own offers the default hours' slots.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AppointmentsOfAnotherAgencyTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	AppointmentBooking booking;
	@Autowired
	AppointmentRules rules;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	WorkingCalendar calendar;
	@Autowired
	MutableClock clock;

	AnotherAgency other;
	String otherDesk;
	LocalDate day;

	@BeforeEach
	void anotherAgencyWithADeskOnATestDay() {
		other = AnotherAgency.create(organization);
		otherDesk = other.officer(Role.RECEPTION_OFFICER);
		day = AppointmentFixtures.atNineOnATestDay(clock, calendar, other.agency().id());
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void anAppointmentAtAnotherAgencyIsItsDesksAndNotTheHomeAgencys() throws Exception {
		assertThat(mvc.get().uri("/api/v1/appointments/slots").with(CLIENT).param("day", day.toString())
			.param("agencyCode", other.agency().code())).as("the default hours' slots").hasStatusOk().bodyJson()
			.extractingPath("$").asArray().isNotEmpty();

		MvcTestResult sent = mvc.post().uri("/api/v1/appointments").with(CLIENT).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"agencyCode":"%s","sectorCode":"%s","day":"%s","time":"14:00","name":"Lê Văn Hẹn","phone":"0905111222"}"""
				.formatted(other.agency().code(), AppointmentFixtures.SECTOR, day))
			.exchange();
		assertThat(sent).hasStatus(201);
		String code = JsonPath.read(sent.getResponse().getContentAsString(), "$.code");
		String key = JsonPath.read(sent.getResponse().getContentAsString(), "$.key");
		assertThat(booking.opened(code, key).agencyId()).isEqualTo(other.agency().id());
		assertThat(mvc.get().uri("/api/v1/appointments/slots").with(CLIENT).param("day", day.toString())
			.param("agencyCode", other.agency().code())).hasStatusOk().bodyJson()
			.extractingPath("$[?(@.startsAt =~ /.*T14:00:00\\+07:00/)].remaining").asArray()
			.containsExactly(rules.inForceOn(other.agency().id(), day).capacityPerSlot() - 1);
		assertThat(mvc.get().uri("/appointments/{code}?key={key}", code, key).with(CLIENT)).hasStatusOk().bodyText()
			.contains(other.agency().name());

		assertThat(mvc.get().uri("/desk/appointments?day={day}", day).with(CLIENT).with(as(otherDesk))).hasStatusOk().bodyText()
			.contains(code);
		assertThat(mvc.get().uri("/desk/appointments?day={day}", day).with(CLIENT).with(as("desk"))).hasStatusOk().bodyText()
			.doesNotContain(code);
		assertThat(mvc.post().uri("/desk/queue/check-ins").with(CLIENT).with(csrf()).with(as("desk")).param("code", code))
			.as("another agency's appointment is not found at the home agency's desk").hasStatusOk().bodyText()
			.contains("Không tìm thấy lịch hẹn có mã này.");
		MvcTestResult checkedIn = mvc.post().uri("/desk/queue/check-ins").with(CLIENT).with(csrf()).with(as(otherDesk))
			.param("code", code).exchange();
		assertThat(checkedIn).hasStatus3xxRedirection();
		assertThat(mvc.get().uri(checkedIn.getResponse().getRedirectedUrl()).with(CLIENT).with(as(otherDesk))).hasStatusOk()
			.bodyText().contains(other.agency().name());
		assertThat(mvc.get().uri(checkedIn.getResponse().getRedirectedUrl()).with(CLIENT).with(as("desk"))).hasStatus(404);
		assertThat(mvc.get().uri("/queue/display?agencyCode={code}", other.agency().code()).with(CLIENT)).hasStatusOk().bodyText()
			.contains(other.agency().name());
		// the booking and the ticket are that agency's work, which its People's Inspection Board reads (decision 0051)
		String inspector = other.officer(Role.PEOPLES_INSPECTOR);
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordId", code).with(as(inspector))).hasStatusOk()
			.bodyJson().extractingPath("$.content[*].action").asArray().containsExactly("counter.appointment.booked");
		assertThat(mvc.get().uri("/api/v1/audit/entries").param("recordType", "QueueTicket").with(as(inspector)))
			.hasStatusOk().bodyJson().extractingPath("$.content[*].action").asArray()
			.containsExactly("counter.queue-ticket.issued");
	}

	@Test
	void theFormOffersTheAgenciesWithTheHomeAgencyChosenAndBooksTheOneChosen() {
		String home = booking.agency().code();
		assertThat(mvc.get().uri("/appointments/new").with(CLIENT)).hasStatusOk().body().asString()
			.contains(other.agency().name())
			.containsPattern("<option value=\"" + java.util.regex.Pattern.quote(home) + "\" selected=\"selected\"");
		assertThat(mvc.get().uri("/appointments/new").with(CLIENT).param("agencyCode", other.agency().code())
			.param("sectorCode", AppointmentFixtures.SECTOR).param("day", day.toString())).hasStatusOk().bodyText()
			.contains(other.agency().name()).contains("15:00–15:30");

		MvcTestResult booked = mvc.post().uri("/appointments").with(CLIENT).with(csrf())
			.param("submissionKey", UUID.randomUUID().toString()).param("agencyCode", other.agency().code())
			.param("sectorCode", AppointmentFixtures.SECTOR).param("day", day.toString()).param("time", "15:00")
			.param("name", "Lê Văn Hẹn").param("phone", "0905111222").exchange();
		assertThat(booked).hasStatus3xxRedirection();
		String location = booked.getResponse().getRedirectedUrl();
		String code = location.substring("/appointments/".length(), location.indexOf('?'));
		String key = location.substring(location.indexOf("key=") + 4, location.indexOf('&'));
		assertThat(booking.opened(code, key).agencyId()).isEqualTo(other.agency().id());
	}

	@Test
	void anUnknownAgencyIsRefusedWithAMessageAndAProcedureOfAnotherAgencyIsNotBookedThere() {
		assertThat(mvc.post().uri("/api/v1/appointments").with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode":"000.00.99.X99","sectorCode":"%s","day":"%s","time":"14:30","name":"Lê Văn Hẹn","phone":"0905111222"}"""
			.formatted(AppointmentFixtures.SECTOR, day))).hasStatus(400).bodyJson()
			.extractingPath("$.errors.agencyCode").asString().contains("Cơ quan đã chọn không có trong hệ thống");
		assertThat(mvc.get().uri("/api/v1/appointments/days?agencyCode=no such agency").with(CLIENT)).hasStatus(400);
		assertThat(mvc.get().uri("/appointments/new").with(CLIENT).param("agencyCode", "000.00.99.X99")).hasStatusOk().bodyText()
			.contains("Cơ quan đã chọn không có trong hệ thống");

		assertThat(mvc.post().uri("/api/v1/appointments").with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode":"%s","sectorCode":"%s","procedureCode":"%s","day":"%s","time":"14:30","name":"Lê Văn Hẹn","phone":"0905111222"}"""
			.formatted(other.agency().code(), AppointmentFixtures.SECTOR, AppointmentFixtures.PROCEDURE, day)))
			.as("the home agency's procedure").hasStatus(400).bodyJson().extractingPath("$.errors").asMap()
			.containsKey("procedureCode");
	}

	@Test
	void aBookingThatNamesNoAgencyIsTheHomeAgencys() throws Exception {
		MvcTestResult sent = mvc.post().uri("/api/v1/appointments").with(CLIENT).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"sectorCode":"%s","day":"%s","time":"16:00","name":"Lê Văn Hẹn","phone":"0905111222"}"""
				.formatted(AppointmentFixtures.SECTOR, day))
			.exchange();
		assertThat(sent).hasStatus(201);
		String code = JsonPath.read(sent.getResponse().getContentAsString(), "$.code");
		String key = JsonPath.read(sent.getResponse().getContentAsString(), "$.key");
		assertThat(booking.opened(code, key).agencyId()).isEqualTo(booking.agency().id());
	}

	@Test
	void theApiDocumentsTheAgencyField() {
		assertThat(mvc.get().uri("/v3/api-docs").with(CLIENT)).hasStatusOk().bodyJson()
			.extractingPath("$.components.schemas.AppointmentForm.properties.agencyCode.description").asString()
			.contains("the home agency when absent");
	}

	/** Bookings are limited per address and minute: this class sends from its own (ClientAddresses). */
	private static final RequestPostProcessor CLIENT = ClientAddresses.from("192.0.2.53");

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
