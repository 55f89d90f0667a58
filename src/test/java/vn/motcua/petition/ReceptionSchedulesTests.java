package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.identity.Role;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.testing.AnotherAgency;
import vn.motcua.testing.ClientAddresses;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * Each agency's reception schedule is set by who administers the agency, from a date (decision 0052): the
 * public schedule follows it from that date and not before, the home agency the configured default until
 * then; another agency's administrator and a citizen are refused; bad input is answered beside its field
 * with nothing saved; every schedule set is audited under its agency.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class ReceptionSchedulesTests {

	/** A Wednesday morning: the public schedule reads the eight weeks from here, to 28/4/2027. */
	static final Instant TODAY = Instant.parse("2027-03-03T01:00:00Z");
	static final LocalDate TODAY_DATE = LocalDate.of(2027, 3, 3);
	/** A Monday in the third week read, from which the schedules here apply. */
	static final LocalDate FROM = LocalDate.of(2027, 3, 22);

	/** Schedules and look-ups are public: this class sends from its own address (ClientAddresses). */
	static final RequestPostProcessor CLIENT = ClientAddresses.from("192.0.2.71");

	@Autowired
	MockMvcTester mvc;
	@Autowired
	OrganizationManagement organization;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MutableClock clock;

	AnotherAgency other;
	String otherAdministrator;
	/** Marks the places of this test's schedules, so that the home agency's can be removed afterwards. */
	final String place = "Phòng tiếp dân " + UUID.randomUUID();

	@BeforeEach
	void anotherAgencyWithItsAdministrator() {
		clock.set(TODAY);
		other = AnotherAgency.create(organization);
		otherAdministrator = other.officer(Role.ADMINISTRATOR);
	}

	@AfterEach
	void realTimeAndTheHomeAgencysDefault() {
		clock.reset();
		jdbc.sql("DELETE FROM reception_schedule WHERE place = :place").param("place", place).update();
	}

	@Test
	void anAgencysAdministratorSetsItsScheduleAndThePublicScheduleFollowsItFromItsDateNotBefore() {
		String code = other.agency().code();
		assertThat(mvc.get().uri("/reception?agencyCode={code}", code).with(CLIENT)).hasStatusOk().bodyText()
			.contains("chưa công bố lịch tiếp công dân");

		assertThat(set(code, otherAdministrator, schedule(FROM, "3", "TUESDAY", "THURSDAY", "13:30", "16:30")))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/reception/" + code);

		Map<LocalDate, Boolean> sessions = sessions(code);
		assertThat(sessions.keySet()).allMatch(day -> !day.isBefore(FROM), "on or after " + FROM);
		assertThat(sessions).containsEntry(LocalDate.of(2027, 3, 25), false).containsEntry(LocalDate.of(2027, 4, 20), true)
			.doesNotContainKey(LocalDate.of(2027, 3, 16));
		assertThat(mvc.get().uri("/reception?agencyCode={code}", code).with(CLIENT)).hasStatusOk().bodyText()
			.contains(place).contains("13:30 – 16:30").doesNotContain("chưa công bố lịch tiếp công dân");

		// set again from the same day, the later one applies; both are kept and shown
		assertThat(set(code, otherAdministrator, schedule(FROM, "3", "TUESDAY", "FRIDAY", "13:30", "16:30")))
			.hasStatus3xxRedirection();
		assertThat(sessions(code)).containsEntry(LocalDate.of(2027, 3, 26), false).doesNotContainKey(LocalDate.of(2027, 3, 25));
		assertThat(mvc.get().uri("/admin/reception/{code}", code).with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("Sắp áp dụng").contains("Đã được thay bằng lịch đặt sau, cùng ngày áp dụng").contains(otherAdministrator);
	}

	@Test
	void theHomeAgencyFollowsTheConfiguredDefaultUntilItsOwnSchedule() {
		String home = organization.homeAgency().orElseThrow().code();
		assertThat(mvc.get().uri("/admin/reception/{code}", home).with(as("admin"))).hasStatusOk().bodyText()
			.contains("lịch mặc định trong cấu hình");

		assertThat(set(home, "admin", schedule(FROM, "2", "WEDNESDAY", "WEDNESDAY", "08:00", "11:00")))
			.hasStatus3xxRedirection();

		Map<LocalDate, Boolean> sessions = sessions(home);
		assertThat(sessions.keySet().stream().filter(day -> day.isBefore(FROM)))
			.isNotEmpty().allMatch(day -> day.getDayOfWeek() == DayOfWeek.MONDAY);
		assertThat(sessions.keySet().stream().filter(day -> !day.isBefore(FROM)))
			.isNotEmpty().allMatch(day -> day.getDayOfWeek() == DayOfWeek.WEDNESDAY);
		assertThat(sessions).containsEntry(LocalDate.of(2027, 3, 15), false).containsEntry(LocalDate.of(2027, 4, 14), true);
	}

	@Test
	void anotherAgencysAdministratorCannotReachTheHomeAgencysScheduleNorChooseIt() {
		String home = organization.homeAgency().orElseThrow().code();
		assertThat(mvc.get().uri("/admin/reception/{code}", home).with(as(otherAdministrator))).hasStatus(403);
		assertThat(set(home, otherAdministrator, schedule(FROM, "1", "MONDAY", "MONDAY", "07:30", "11:30")))
			.hasStatus(403);
		assertThat(mvc.get().uri("/admin/reception/{code}", "000.00.99.X99").with(as(otherAdministrator))).hasStatus(403);
		assertThat(mvc.get().uri("/admin/reception").with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("href=\"/admin/reception/" + other.agency().code() + "\"").doesNotContain("href=\"/admin/reception/" + home + "\"");
		assertThat(saved(home)).isZero();

		assertThat(mvc.get().uri("/admin/reception").with(as("admin"))).hasStatusOk().bodyText()
			.contains("href=\"/admin/reception/" + other.agency().code() + "\"").contains("href=\"/admin/reception/" + home + "\"");
		assertThat(mvc.get().uri("/admin/reception/{code}", other.agency().code()).with(as("admin"))).hasStatusOk();
	}

	@Test
	void aCitizenAndAnOfficerAreRefused() {
		String code = other.agency().code();
		for (String user : List.of(DemoAccounts.CITIZEN, "leader")) {
			assertThat(mvc.get().uri("/admin/reception").with(as(user))).hasStatus(403);
			assertThat(mvc.get().uri("/admin/reception/{code}", code).with(as(user))).hasStatus(403);
			assertThat(set(code, user, schedule(FROM, "1", "MONDAY", "MONDAY", "07:30", "11:30"))).hasStatus(403);
		}
		assertThat(saved(code)).isZero();
	}

	@Test
	void badInputIsAnsweredBesideItsFieldAndNothingIsSaved() {
		String code = other.agency().code();
		assertThat(set(code, otherAdministrator, schedule(TODAY_DATE.minusDays(1), "1", "MONDAY", "MONDAY", "07:30", "11:30")))
			.hasStatusOk().bodyText().contains("Ngày áp dụng phải là hôm nay hoặc sau");
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "MONDAY", "11:30", "07:30")))
			.hasStatusOk().bodyText().contains("Giờ kết thúc phải sau giờ bắt đầu");
		assertThat(set(code, otherAdministrator, schedule(FROM, "5", "MONDAY", "SATURDAY", "07:30", "11:30")))
			.hasStatusOk().bodyText().contains("Tuần trong tháng phải từ 1 đến 4");
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "SATURDAY", "07:30", "11:30")))
			.hasStatusOk().bodyText().contains("từ Thứ Hai đến Thứ Sáu");
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "MONDAY", "07:30", "11:30", "x".repeat(301))))
			.hasStatusOk().bodyText().contains("Địa điểm dài tối đa 300 ký tự");
		assertThat(set(code, otherAdministrator, mvc.post().param("effectiveFrom", "mai").param("weekly[0].startsAt", "7h")))
			.hasStatusOk().bodyText().contains("Ngày không hợp lệ").contains("Giờ không hợp lệ")
			.contains("Vui lòng chọn tuần trong tháng").contains("Vui lòng chọn thứ trong tuần");
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "MONDAY", "11:30", "07:30"))
			.param("lang", "en")).hasStatusOk().bodyText().contains("The end must be after the start");
		assertThat(saved(code)).isZero();
	}

	@Test
	void aScheduleSetIsAuditedUnderItsAgency() {
		String code = other.agency().code();
		assertThat(set(code, otherAdministrator, schedule(FROM, "3", "TUESDAY", "THURSDAY", "13:30", "16:30")))
			.hasStatus3xxRedirection();
		assertThat(audited(code)).singleElement().asString().contains(code).contains("2027-03-22").contains("THURSDAY");
	}

	/** The summaries of the schedules the other agency's administrator set for the agency, in the audit trail. */
	private List<String> audited(String code) {
		return jdbc.sql("""
				SELECT summary FROM audit_entry WHERE action = 'reception.schedule.set' AND agency_code = :code AND actor = :actor
				UNION ALL
				SELECT summary FROM audit_pending WHERE action = 'reception.schedule.set' AND agency_code = :code AND actor = :actor""")
			.param("code", code).param("actor", otherAdministrator).query(String.class).list();
	}

	@Test
	void aScheduleHoldsSeveralWeeklySessionsAndThePublicScheduleListsThemAll() {
		String code = other.agency().code();
		// the second row left empty, as a browser sends it: not a session
		MockMvcRequestBuilder form = session(session(schedule(FROM, "3", "TUESDAY", "TUESDAY", "07:30", "11:30"), 1, "",
				"", ""), 2, "TUESDAY", "13:30", "16:30");
		assertThat(set(code, otherAdministrator, session(form, 3, "THURSDAY", "08:00", "11:00")))
			.hasStatus3xxRedirection();

		assertThat(sessionTimes(code, LocalDate.of(2027, 3, 23))).containsExactly("07:30:00-11:30:00", "13:30:00-16:30:00");
		assertThat(sessionTimes(code, LocalDate.of(2027, 3, 25))).containsExactly("08:00:00-11:00:00");
		// the director's day takes the place of that Tuesday's sessions
		assertThat(sessions(code)).containsEntry(LocalDate.of(2027, 4, 20), true);
		assertThat(sessionTimes(code, LocalDate.of(2027, 4, 20))).hasSize(1);
		assertThat(mvc.get().uri("/reception?agencyCode={code}", code).with(CLIENT)).hasStatusOk().bodyText()
			.contains("07:30 – 11:30").contains("13:30 – 16:30").contains("08:00 – 11:00");
		assertThat(mvc.get().uri("/admin/reception/{code}", code).with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("Thứ Ba, 07:30 – 11:30").contains("Thứ Ba, 13:30 – 16:30").contains("Thứ Năm, 08:00 – 11:00")
			// the form starts from them, with empty rows to add more
			.contains("name=\"weekly[4].day\"").doesNotContain("name=\"weekly[5].day\"");
	}

	@Test
	void weeklySessionsThatOverlapEndBeforeTheyStartOrAreMissingAreAnsweredBesideTheirRowAndNothingIsSaved() {
		String code = other.agency().code();
		MockMvcRequestBuilder overlapping = session(schedule(FROM, "1", "MONDAY", "TUESDAY", "07:30", "11:30"), 2,
				"TUESDAY", "11:00", "12:00");
		assertThat(set(code, otherAdministrator, overlapping)).hasStatusOk().bodyText()
			.contains("Phiên này trùng giờ với phiên 07:30 – 11:30 cùng ngày").contains("id=\"weekly2.startsAt-error\"");
		assertThat(set(code, otherAdministrator, session(schedule(FROM, "1", "MONDAY", "TUESDAY", "07:30", "11:30"), 2,
				"TUESDAY", "11:00", "12:00")).param("lang", "en")).hasStatusOk().bodyText()
			.contains("This session overlaps the session 07:30 – 11:30 on the same day");
		assertThat(set(code, otherAdministrator, session(schedule(FROM, "1", "MONDAY", "TUESDAY", "07:30", "11:30"), 1,
				"WEDNESDAY", "16:00", "13:30"))).hasStatusOk().bodyText()
			.contains("Giờ kết thúc phải sau giờ bắt đầu").contains("id=\"weekly1.endsAt-error\"");
		assertThat(set(code, otherAdministrator, session(schedule(FROM, "1", "MONDAY", "TUESDAY", "07:30", "11:30"), 1,
				"WEDNESDAY", "", ""))).hasStatusOk().bodyText()
			.contains("id=\"weekly1.startsAt-error\"").contains("id=\"weekly1.endsAt-error\"");
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "", "", ""))).hasStatusOk().bodyText()
			.contains("Vui lòng nhập ít nhất một phiên tiếp thường xuyên hằng tuần");
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "", "", "").param("lang", "en")))
			.hasStatusOk().bodyText().contains("Please enter one weekly session at least");
		assertThat(saved(code)).isZero();
	}

	@Test
	void aRowIsAddedWithoutScriptKeepingWhatWasTypedAndSavingNothing() {
		String code = other.agency().code();
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "TUESDAY", "07:30", "11:30")
			.param("weekly[1].day", "").param("addRow", "true"))).hasStatusOk().bodyText()
			.contains("name=\"weekly[2].day\"").contains("value=\"07:30\"").doesNotContain("field-error");
		assertThat(saved(code)).isZero();
	}

	@Test
	void fromADayTheAgencyHoldsNoRegularReceptionAndThePublicScheduleSaysSoInTheReadersLanguage() {
		String code = other.agency().code();
		LocalDate resumes = LocalDate.of(2027, 4, 12);
		assertThat(set(code, otherAdministrator, schedule(TODAY_DATE, "1", "MONDAY", "MONDAY", "07:30", "11:30")))
			.hasStatus3xxRedirection();
		// as the browser sends the form: the days and hours it showed, and the choice of none
		assertThat(set(code, otherAdministrator, schedule(FROM, "1", "MONDAY", "MONDAY", "07:30", "11:30")
			.param("noRegularReception", "true"))).hasStatus3xxRedirection();

		assertThat(sessions(code).keySet()).isNotEmpty().allMatch(day -> day.isBefore(FROM), "before " + FROM);
		assertThat(entries(code, "vi")).filteredOn(entry -> (Boolean) entry.get("noRegularReception")).singleElement()
			.satisfies(entry -> assertThat(entry).containsEntry("date", "2027-03-22").containsEntry("from", null)
				.containsEntry("through", null).extractingByKey("notice").asString()
				.contains("Từ ngày 22/03/2027").contains("không tổ chức tiếp công dân định kỳ"));
		assertThat(entries(code, "en")).filteredOn(entry -> (Boolean) entry.get("noRegularReception")).singleElement()
			.extracting(entry -> entry.get("notice")).asString().contains("From 22/03/2027")
			.contains("holds no regular citizen reception");
		assertThat(mvc.get().uri("/reception?agencyCode={code}", code).with(CLIENT)).hasStatusOk().bodyText()
			.contains("Từ ngày 22/03/2027, " + other.agency().name() + " không tổ chức tiếp công dân định kỳ");
		assertThat(mvc.get().uri("/reception?agencyCode={code}&lang=en", code).with(CLIENT)).hasStatusOk().bodyText()
			.contains("From 22/03/2027, " + other.agency().name() + " holds no regular citizen reception");
		assertThat(mvc.get().uri("/admin/reception/{code}", code).with(as(otherAdministrator))).hasStatusOk().bodyText()
			.contains("Không tổ chức tiếp công dân định kỳ");

		// a schedule set later from a later day ends it the day before
		assertThat(set(code, otherAdministrator, schedule(resumes, "1", "MONDAY", "MONDAY", "07:30", "11:30")))
			.hasStatus3xxRedirection();
		assertThat(sessions(code).keySet()).contains(resumes).noneMatch(day -> !day.isBefore(FROM) && day.isBefore(resumes));
		assertThat(mvc.get().uri("/reception?agencyCode={code}", code).with(CLIENT)).hasStatusOk().bodyText()
			.contains("Từ ngày 22/03/2027 đến hết ngày 11/04/2027");
		assertThat(audited(code)).anyMatch(summary -> summary.contains("from 2027-03-22: no regular reception"));
	}

	private MockMvcRequestBuilder schedule(LocalDate from, String week, String directorDay, String weeklyDay,
			String weeklyFrom, String weeklyTo) {
		return schedule(from, week, directorDay, weeklyDay, weeklyFrom, weeklyTo, place);
	}

	private MockMvcRequestBuilder schedule(LocalDate from, String week, String directorDay, String weeklyDay,
			String weeklyFrom, String weeklyTo, String place) {
		return session(mvc.post().param("effectiveFrom", from.toString()).param("directorWeekOfMonth", week)
			.param("directorDay", directorDay).param("place", place), 0, weeklyDay, weeklyFrom, weeklyTo);
	}

	/** The form's row {@code row} of weekly sessions, as the browser sends it (an empty row sends empty values). */
	private static MockMvcRequestBuilder session(MockMvcRequestBuilder form, int row, String day, String from,
			String to) {
		return form.param("weekly[" + row + "].day", day).param("weekly[" + row + "].startsAt", from)
			.param("weekly[" + row + "].endsAt", to);
	}

	/** The entries of the public schedule's API, in the language asked for. */
	private List<Map<String, Object>> entries(String agencyCode, String language) {
		var read = mvc.get().uri("/api/v1/reception/schedule?agencyCode={code}", agencyCode).header("Accept-Language",
				language).with(CLIENT).exchange();
		assertThat(read).hasStatusOk();
		return JsonPath.read(new String(read.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8), "$");
	}

	/** The times of the sessions of a day in the public schedule's API, as "from-to". */
	private List<String> sessionTimes(String agencyCode, LocalDate day) {
		return entries(agencyCode, "vi").stream().filter(entry -> day.toString().equals(entry.get("date")))
			.filter(entry -> !(Boolean) entry.get("noRegularReception"))
			.map(entry -> entry.get("from") + "-" + entry.get("to")).toList();
	}

	private MockMvcRequestBuilder set(String agencyCode, String user, MockMvcRequestBuilder form) {
		return form.uri("/admin/reception/{code}", agencyCode).with(csrf()).with(as(user));
	}

	/** The public schedule's sessions of the agency: their days, and whether each is the director's. */
	private Map<LocalDate, Boolean> sessions(String agencyCode) {
		Map<LocalDate, Boolean> days = new TreeMap<>();
		entries(agencyCode, "vi").stream().filter(entry -> !(Boolean) entry.get("noRegularReception")).forEach(
				session -> days.put(LocalDate.parse((String) session.get("date")), (Boolean) session.get("director")));
		return days;
	}

	private long saved(String agencyCode) {
		return jdbc.sql("SELECT COUNT(*) FROM reception_schedule WHERE agency_code = :code").param("code", agencyCode)
			.query(Long.class).single();
	}

	private static RequestPostProcessor as(String username) {
		return httpBasic(username, DemoAccounts.PASSWORD);
	}
}
