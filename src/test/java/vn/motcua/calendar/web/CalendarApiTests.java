package vn.motcua.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.motcua.testing.WebTest;

/** The public calendar API: the examples, exactly, and every kind of bad input. */
@WebTest
class CalendarApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void convertsASolarDateToLunar() {
		assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2026-02-17")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"date":"2026-02-17","lunarDay":1,"lunarMonth":1,"lunarYear":2026,"leapMonth":false}""");
	}

	@Test
	void convertsALeapMonthsDateToLunar() {
		assertThat(mvc.get().uri("/api/v1/calendar/lunar?date=2025-07-25")).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"date":"2025-07-25","lunarDay":1,"lunarMonth":6,"lunarYear":2025,"leapMonth":true}""");
	}

	@Test
	void convertsALunarDateToSolar() {
		assertThat(mvc.get().uri("/api/v1/calendar/solar?lunarYear=2026&lunarMonth=1&lunarDay=1&leapMonth=false"))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"date":"2026-02-17"}""");
	}

	@Test
	void listsTheHolidaysOfAYearSortedWithTheirKinds() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/holidays?year=2027").exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$[*].date").asArray().containsExactly(
				"2027-01-01", "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10",
				"2027-02-11", "2027-04-16", "2027-04-30", "2027-05-01", "2027-05-03", "2027-09-01", "2027-09-02",
				"2027-11-24");
		assertThat(result).bodyJson().extractingPath("$[11]")
			.isEqualTo(Map.of("date", "2027-05-03", "name", "Nghỉ bù Ngày Quốc tế Lao động", "kind", "COMPENSATORY"));
		assertThat(result).bodyJson().extractingPath("$[0]")
			.isEqualTo(Map.of("date", "2027-01-01", "name", "Tết Dương lịch", "kind", "STATUTORY"));
	}

	@Test
	void namesHolidaysInTheCallersLanguage() {
		assertThat(mvc.get().uri("/api/v1/calendar/holidays?year=2026&lang=en"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.date == '2026-04-27')].name")
			.asArray()
			.containsExactly("Compensatory day off for Hùng Kings' Commemoration Day");
	}

	@Test
	void listsEachDayWithWhetherItIsWorked() {
		MvcTestResult result = mvc.get().uri("/api/v1/calendar/working-days?from=2026-02-01&to=2026-02-28").exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(28);
		assertThat(result).bodyJson().extractingPath("$[0]")
			.isEqualTo(Map.of("date", "2026-02-01", "workingDay", false, "reason", "Chủ nhật"));
		assertThat(result).bodyJson().extractingPath("$[1]")
			.isEqualTo(Map.of("date", "2026-02-02", "workingDay", true, "reason", ""));
		assertThat(result).bodyJson().extractingPath("$[16]")
			.isEqualTo(Map.of("date", "2026-02-17", "workingDay", false, "reason", "Tết Nguyên đán"));
	}

	/** The start in Vietnam's time with its offset, in UTC, or without an offset: the same time. */
	@ParameterizedTest
	@CsvSource({ "2026-02-12T10:00:00+07:00", "2026-02-12T03:00:00Z", "2026-02-12T10:00:00", "2026-02-12T10:00" })
	void computesADeadline(String start) {
		assertThat(mvc.get().uri("/api/v1/calendar/deadline?amount=3&unit=WORKING_DAYS").queryParam("start", start))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"start":"2026-02-12T10:00:00+07:00","clockStart":"2026-02-12T10:00:00+07:00",\
					"due":"2026-02-24T10:00:00+07:00"}""");
	}

	@Test
	void computesADeadlineWithAFractionForAnAgency() {
		assertThat(mvc.get()
			.uri("/api/v1/calendar/deadline?start=2026-04-24T12:00:00&amount=0.5&unit=WORKING_DAYS&agency=000.00.31.H55"))
			.hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"start":"2026-04-24T12:00:00+07:00","clockStart":"2026-04-24T13:00:00+07:00",\
					"due":"2026-04-24T17:00:00+07:00"}""");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			malformed date                 | /api/v1/calendar/lunar?date=2026-02-30                                    | 2026-02-30
			not a date                     | /api/v1/calendar/lunar?date=tomorrow                                      | yyyy-MM-dd
			year before the range          | /api/v1/calendar/lunar?date=1899-12-31                                    | 1900 – 2199
			lunar year after the range     | /api/v1/calendar/solar?lunarYear=2200&lunarMonth=1&lunarDay=1             | 1900 – 2199
			no such leap month             | /api/v1/calendar/solar?lunarYear=2026&lunarMonth=3&lunarDay=1&leapMonth=true | âm lịch
			holidays of a year out of range | /api/v1/calendar/holidays?year=2200                                      | 1900 – 2199
			working days out of range      | /api/v1/calendar/working-days?from=1899-12-01&to=1900-01-31               | 1900 – 2199
			working days reversed          | /api/v1/calendar/working-days?from=2026-03-01&to=2026-02-01               | "to"
			working days malformed         | /api/v1/calendar/working-days?from=2026-02&to=2026-02-28                  | "from"
			malformed start                | /api/v1/calendar/deadline?start=2026-02-12&amount=3&unit=WORKING_DAYS     | "start"
			start out of range             | /api/v1/calendar/deadline?start=1899-02-12T10:00:00&amount=3&unit=WORKING_DAYS | 1900 – 2199
			negative amount                | /api/v1/calendar/deadline?start=2026-02-12T10:00:00&amount=-1&unit=WORKING_DAYS | số âm
			amount not a number            | /api/v1/calendar/deadline?start=2026-02-12T10:00:00&amount=three&unit=WORKING_DAYS | "three"
			unknown unit                   | /api/v1/calendar/deadline?start=2026-02-12T10:00:00&amount=3&unit=WEEKS   | WORKING_DAYS, WORKING_HOURS, CALENDAR_DAYS
			unknown agency                 | /api/v1/calendar/deadline?start=2026-02-12T10:00:00&amount=3&unit=WORKING_DAYS&agency=999.99.99.X00 | 999.99.99.X00
			unknown agency for holidays    | /api/v1/calendar/holidays?year=2026&agency=999.99.99.X00                  | 999.99.99.X00
			missing unit                   | /api/v1/calendar/deadline?start=2026-02-12T10:00:00&amount=3              | Thiếu tham số bắt buộc: unit
			""")
	void refusesBadInputWithProblemDetails(String name, String uri, String detailPart) {
		MvcTestResult result = mvc.get().uri(uri).exchange();

		assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(detailPart);
	}

	@Test
	void explainsBadInputInTheCallersLanguage() {
		assertThat(mvc.get()
			.uri("/api/v1/calendar/deadline?start=2026-02-12T10:00:00&amount=-1&unit=WORKING_DAYS&lang=en"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("A processing time cannot be negative.");
	}
}
