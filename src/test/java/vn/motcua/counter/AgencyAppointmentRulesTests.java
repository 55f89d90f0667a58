package vn.motcua.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
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
 * Each agency's appointment rules are set by who administers the agency, from a date (decision 0034, later
 * section): its slots, their capacity and the days offered follow them from that date, in the API and the
 * booking, while another agency stays on the configured rules; the days before keep theirs; another agency's
 * administrator, an officer and a citizen are refused; bad input is answered beside its field with nothing
 * saved; every rule set set is audited under its agency.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class AgencyAppointmentRulesTests {

	/** Slots and bookings are public: this class sends from its own address (ClientAddresses). */
	static final RequestPostProcessor CLIENT = ClientAddresses.from("192.0.2.57");

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
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	AnotherAgency other;
	String code;
	String otherAdministrator;
	/** Today, a working day at 09:00 (AppointmentFixtures). */
	LocalDate today;

	@BeforeEach
	void anotherAgencyWithItsAdministratorOnATestDay() {
		other = AnotherAgency.create(organization);
		code = other.agency().code();
		otherAdministrator = other.officer(Role.ADMINISTRATOR);
		today = AppointmentFixtures.atNineOnATestDay(clock, calendar, other.agency().id());
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void anAgencysOwnRulesChangeItsSlotsAndCapacityWhileAnotherAgencyStaysOnTheConfiguredRules() throws Exception {
		assertThat(mvc.get().uri("/admin/appointments/{code}", code).with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("Cơ quan chưa có quy định riêng đang áp dụng");

		assertThat(set(code, otherAdministrator, rules(today, "45", "1", "3", "0"))).hasStatus3xxRedirection()
			.redirectedUrl().isEqualTo("/admin/appointments/" + code);

		assertThat(days(code)).hasSize(3).first().isEqualTo(today);
		List<Map<String, Object>> slots = slots(code, today);
		assertThat(slots).isNotEmpty().allSatisfy(slot -> {
			assertThat(length(slot)).isEqualTo(Duration.ofMinutes(45));
			assertThat(slot).containsEntry("capacity", 1);
		});
		// closing no time before: the slot starting at 09:00, now, is still open
		assertThat(slots).anySatisfy(slot -> assertThat((String) slot.get("startsAt")).contains("T09:00:00"));

		AppointmentRules.RuleSet configured = rules.configuredOn(today);
		assertThat(days(null)).hasSize(configured.daysAhead());
		assertThat(slots(null, today)).isNotEmpty().allSatisfy(slot -> {
			assertThat(length(slot)).isEqualTo(configured.slotLength());
			assertThat(slot).containsEntry("capacity", configured.capacityPerSlot());
		});

		String time = ((String) slots.get(slots.size() - 1).get("startsAt")).substring(11, 16);
		assertThat(book(code, today, time, "0905111222")).hasStatus(201);
		assertThat(book(code, today, time, "0905111333")).as("the agency's one place a slot is taken").hasStatus(400)
			.bodyJson().extractingPath("$.errors.time").asString().contains("vừa kín chỗ");

		assertThat(mvc.get().uri("/admin/appointments/{code}", code).with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("Hôm nay cơ quan áp dụng quy định riêng của mình").contains("Khung giờ 45 phút")
			.contains("Đang áp dụng").contains(otherAdministrator);
	}

	@Test
	void aRuleSetFromALaterDateLeavesTheDaysBeforeAsTheyWere() {
		List<LocalDate> offered = days(code);
		LocalDate later = offered.get(2);
		assertThat(set(code, otherAdministrator, rules(later, "60", "2", "5", "30"))).hasStatus3xxRedirection();

		AppointmentRules.RuleSet configured = rules.configuredOn(today);
		assertThat(days(code)).as("the days offered follow today's rules").isEqualTo(offered);
		for (LocalDate day : List.of(today, offered.get(1))) {
			assertThat(slots(code, day)).isNotEmpty().allSatisfy(slot -> {
				assertThat(length(slot)).isEqualTo(configured.slotLength());
				assertThat(slot).containsEntry("capacity", configured.capacityPerSlot());
			});
		}
		assertThat(slots(code, later)).isNotEmpty().allSatisfy(slot -> {
			assertThat(length(slot)).isEqualTo(Duration.ofHours(1));
			assertThat(slot).containsEntry("capacity", 2);
		});

		// set again from the same day, the later one applies; both are kept and shown
		assertThat(set(code, otherAdministrator, rules(later, "20", "4", "5", "30"))).hasStatus3xxRedirection();
		assertThat(slots(code, later)).allSatisfy(slot -> assertThat(length(slot)).isEqualTo(Duration.ofMinutes(20)));
		assertThat(mvc.get().uri("/admin/appointments/{code}", code).with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("Sắp áp dụng").contains("Đã được thay bằng quy định đặt sau, cùng ngày áp dụng")
			.contains("Cơ quan chưa có quy định riêng đang áp dụng");
	}

	@Test
	void badInputIsAnsweredBesideItsFieldAndNothingIsSaved() {
		assertThat(set(code, otherAdministrator, rules(today.minusDays(1), "30", "3", "10", "60"))).hasStatusOk()
			.bodyText().contains("Ngày áp dụng phải là hôm nay hoặc sau");
		assertThat(set(code, otherAdministrator, rules(today, "4", "3", "10", "60"))).hasStatusOk().bodyText()
			.contains("Độ dài khung giờ phải từ 5 đến 240 phút");
		assertThat(set(code, otherAdministrator, rules(today, "241", "3", "10", "60"))).hasStatusOk().bodyText()
			.contains("Độ dài khung giờ phải từ 5 đến 240 phút");
		assertThat(set(code, otherAdministrator, rules(today, "30", "0", "10", "60"))).hasStatusOk().bodyText()
			.contains("Số lịch hẹn mỗi khung giờ phải từ 1 đến 100");
		assertThat(set(code, otherAdministrator, rules(today, "30", "3", "0", "60"))).hasStatusOk().bodyText()
			.contains("Số ngày được đặt trước phải từ 1 đến 60 ngày làm việc");
		assertThat(set(code, otherAdministrator, rules(today, "30", "3", "61", "60"))).hasStatusOk().bodyText()
			.contains("Số ngày được đặt trước phải từ 1 đến 60 ngày làm việc");
		assertThat(set(code, otherAdministrator, rules(today, "30", "3", "10", "-1"))).hasStatusOk().bodyText()
			.contains("Thời gian ngừng nhận đặt phải từ 0 đến 2880 phút; không được là số âm");
		assertThat(set(code, otherAdministrator, rules(today.minusDays(1), "3", "101", "10", "2881"))).hasStatusOk()
			.bodyText().as("every rule broken at once").contains("Ngày áp dụng phải là hôm nay hoặc sau")
			.contains("Độ dài khung giờ phải từ 5 đến 240 phút").contains("Số lịch hẹn mỗi khung giờ phải từ 1 đến 100")
			.contains("Thời gian ngừng nhận đặt phải từ 0 đến 2880 phút");
		assertThat(set(code, otherAdministrator, mvc.post().param("inForceFrom", "mai").param("slotMinutes", "nửa giờ")))
			.hasStatusOk().bodyText().contains("Ngày không hợp lệ").contains("Độ dài khung giờ phải là một số nguyên")
			.contains("Vui lòng nhập một số nguyên");
		assertThat(set(code, otherAdministrator, rules(today, "30", "3", "10", "-1")).param("lang", "en")).hasStatusOk()
			.bodyText().contains("The closing time, in minutes, must be from 0 to 2880; it cannot be negative");
		assertThat(saved(code)).isZero();
	}

	@Test
	void anotherAgencysAdministratorAnOfficerAndACitizenAreRefused() {
		String home = booking.agency().code();
		assertThat(mvc.get().uri("/admin/appointments/{code}", home).with(as(otherAdministrator))).hasStatus(403);
		assertThat(set(home, otherAdministrator, rules(today, "45", "1", "3", "0"))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/appointments/{code}", "000.00.99.X99").with(as(otherAdministrator)))
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/appointments").with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("href=\"/admin/appointments/" + code + "\"").doesNotContain("href=\"/admin/appointments/" + home + "\"");
		for (String user : List.of(DemoAccounts.CITIZEN, "leader", other.officer(Role.RECEPTION_OFFICER))) {
			assertThat(mvc.get().uri("/admin/appointments").with(as(user))).hasStatus(403);
			assertThat(mvc.get().uri("/admin/appointments/{code}", code).with(as(user))).hasStatus(403);
			assertThat(set(code, user, rules(today, "45", "1", "3", "0"))).hasStatus(403);
		}
		assertThat(set(code, otherAdministrator, rules(today, "45", "1", "3", "0")).with(csrf().useInvalidToken()))
			.as("CSRF").hasStatus(403);
		assertThat(saved(code)).isZero();
		assertThat(saved(home)).isZero();

		// the installation's administrator administers every agency
		assertThat(mvc.get().uri("/admin/appointments").with(as("admin"))).hasStatusOk().bodyText()
			.contains("href=\"/admin/appointments/" + code + "\"").contains("href=\"/admin/appointments/" + home + "\"");
		assertThat(mvc.get().uri("/admin/appointments/{code}", "000.00.99.X99").with(as("admin"))).hasStatus(404);
		assertThat(set(code, "admin", rules(today, "45", "1", "3", "0"))).hasStatus3xxRedirection();
		assertThat(saved(code)).isOne();
	}

	@Test
	void aRuleSetSetIsAuditedUnderItsAgency() {
		assertThat(set(code, otherAdministrator, rules(today.plusDays(1), "45", "2", "7", "15")))
			.hasStatus3xxRedirection();
		String summary = jdbc.sql("""
				SELECT summary FROM audit_entry WHERE action = 'counter.appointment-rules.set' AND agency_code = :code AND actor = :actor
				UNION ALL
				SELECT summary FROM audit_pending WHERE action = 'counter.appointment-rules.set' AND agency_code = :code AND actor = :actor""")
			.param("code", code).param("actor", otherAdministrator).query(String.class).single();
		assertThat(summary).contains(code).contains(today.plusDays(1).toString()).contains("45 min").contains("2 a slot");
	}

	private MockMvcRequestBuilder rules(LocalDate from, String slotMinutes, String capacity, String daysAhead,
			String closesBeforeMinutes) {
		return mvc.post().param("inForceFrom", from.toString()).param("slotMinutes", slotMinutes)
			.param("capacityPerSlot", capacity).param("daysAhead", daysAhead)
			.param("closesBeforeMinutes", closesBeforeMinutes);
	}

	private MockMvcRequestBuilder set(String agencyCode, String user, MockMvcRequestBuilder form) {
		return form.uri("/admin/appointments/{code}", agencyCode).with(csrf()).with(as(user));
	}

	private MockMvcRequestBuilder book(String agencyCode, LocalDate day, String time, String phone) {
		return mvc.post().uri("/api/v1/appointments").with(CLIENT).contentType(MediaType.APPLICATION_JSON).content("""
				{"agencyCode":"%s","sectorCode":"%s","day":"%s","time":"%s","name":"Lê Văn Hẹn","phone":"%s"}"""
			.formatted(agencyCode, AppointmentFixtures.SECTOR, day, time, phone));
	}

	/** The days offered over the API; the home agency's when no code is given. */
	private List<LocalDate> days(String agencyCode) {
		var request = mvc.get().uri("/api/v1/appointments/days").with(CLIENT);
		List<String> days = JsonPath.read(body(agencyCode == null ? request : request.param("agencyCode", agencyCode)), "$");
		return days.stream().map(LocalDate::parse).toList();
	}

	/** The day's slots over the API; the home agency's when no code is given. */
	private List<Map<String, Object>> slots(String agencyCode, LocalDate day) {
		var request = mvc.get().uri("/api/v1/appointments/slots").with(CLIENT).param("day", day.toString());
		return JsonPath.read(body(agencyCode == null ? request : request.param("agencyCode", agencyCode)), "$");
	}

	private String body(MockMvcRequestBuilder request) {
		var read = request.exchange();
		assertThat(read).hasStatusOk();
		return new String(read.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private static Duration length(Map<String, Object> slot) {
		return Duration.between(OffsetDateTime.parse((String) slot.get("startsAt")),
				OffsetDateTime.parse((String) slot.get("endsAt")));
	}

	private long saved(String agencyCode) {
		return jdbc.sql("SELECT COUNT(*) FROM appointment_rule_set WHERE agency_id = :id")
			.param("id", organization.agencyByCode(agencyCode).orElseThrow().id()).query(Long.class).single();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
