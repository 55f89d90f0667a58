package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.calendar.CalendarFixtures.bridgeDayOff;
import static vn.motcua.calendar.CalendarFixtures.workedSaturday;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadline arithmetic (legal-rules §2) on the statutory calendar of 2025–2027. */
@Tag("rule")
class DeadlineTests {

	private final WorkingCalendar calendar = CalendarFixtures.workingCalendar();

	@ParameterizedTest(name = "{0}: {2} {3} from {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# the issue's acceptance cases
			3 days                       | 2026-02-12T10:00 | 3    | WORKING_DAYS  | 2026-02-12T10:00 | 2026-02-24T10:00
			after closing, across Tết    | 2026-02-12T17:30 | 1    | WORKING_DAYS  | 2026-02-13T07:30 | 2026-02-23T07:30
			on a Saturday before Tết     | 2026-02-14T09:00 | 1    | WORKING_DAYS  | 2026-02-23T07:30 | 2026-02-24T07:30
			half a day from lunch        | 2026-04-24T12:00 | 0.5  | WORKING_DAYS  | 2026-04-24T13:00 | 2026-04-24T17:00
			over a compensatory day      | 2026-04-24T10:00 | 2    | WORKING_DAYS  | 2026-04-24T10:00 | 2026-04-29T10:00
			# clock start
			at lunch                     | 2026-03-10T12:15 | 1    | WORKING_DAYS  | 2026-03-10T13:00 | 2026-03-11T13:00
			at the lunch break's start   | 2026-03-10T11:30 | 1    | WORKING_DAYS  | 2026-03-10T13:00 | 2026-03-11T13:00
			before opening               | 2026-03-10T06:00 | 1    | WORKING_DAYS  | 2026-03-10T07:30 | 2026-03-11T07:30
			at closing                   | 2026-03-10T17:00 | 1    | WORKING_DAYS  | 2026-03-11T07:30 | 2026-03-12T07:30
			late at night                | 2026-03-10T23:59 | 1    | WORKING_DAYS  | 2026-03-11T07:30 | 2026-03-12T07:30
			on a Sunday                  | 2026-03-08T10:00 | 2    | WORKING_DAYS  | 2026-03-09T07:30 | 2026-03-11T07:30
			on New Year's day            | 2026-01-01T09:00 | 1    | WORKING_DAYS  | 2026-01-02T07:30 | 2026-01-05T07:30
			on Tết                       | 2026-02-18T09:00 | 1    | WORKING_DAYS  | 2026-02-23T07:30 | 2026-02-24T07:30
			no time at all               | 2026-03-10T18:00 | 0    | WORKING_DAYS  | 2026-03-11T07:30 | 2026-03-11T07:30
			# fractions of a working day
			half a day over lunch        | 2026-03-10T10:00 | 0.5  | WORKING_DAYS  | 2026-03-10T10:00 | 2026-03-10T15:30
			half a day over night        | 2026-03-10T15:00 | 0.5  | WORKING_DAYS  | 2026-03-10T15:00 | 2026-03-11T09:30
			a day and a half             | 2026-03-10T15:00 | 1.5  | WORKING_DAYS  | 2026-03-10T15:00 | 2026-03-12T09:30
			a quarter over a weekend     | 2026-03-13T16:00 | 0.25 | WORKING_DAYS  | 2026-03-13T16:00 | 2026-03-16T08:30
			# whole working days across holidays
			across Tết                   | 2026-02-10T14:00 | 5    | WORKING_DAYS  | 2026-02-10T14:00 | 2026-02-24T14:00
			across the year's end        | 2026-12-30T09:00 | 3    | WORKING_DAYS  | 2026-12-30T09:00 | 2027-01-05T09:00
			across 30 April and 1 May    | 2026-04-29T09:00 | 2    | WORKING_DAYS  | 2026-04-29T09:00 | 2026-05-05T09:00
			across National Day          | 2026-08-31T10:00 | 1    | WORKING_DAYS  | 2026-08-31T10:00 | 2026-09-03T10:00
			across Culture Day 2026      | 2026-11-23T10:00 | 1    | WORKING_DAYS  | 2026-11-23T10:00 | 2026-11-25T10:00
			no Culture Day before 2026   | 2025-11-21T10:00 | 1    | WORKING_DAYS  | 2025-11-21T10:00 | 2025-11-24T10:00
			Tết 2027 and its 2 comp days | 2027-02-04T10:00 | 1    | WORKING_DAYS  | 2027-02-04T10:00 | 2027-02-12T10:00
			# working hours
			4 hours over lunch           | 2026-03-10T10:00 | 4    | WORKING_HOURS | 2026-03-10T10:00 | 2026-03-10T15:30
			a full day ends at closing   | 2026-03-10T07:30 | 8    | WORKING_HOURS | 2026-03-10T07:30 | 2026-03-10T17:00
			9 hours                      | 2026-03-10T07:30 | 9    | WORKING_HOURS | 2026-03-10T07:30 | 2026-03-11T08:30
			16 hours                     | 2026-03-10T10:00 | 16   | WORKING_HOURS | 2026-03-10T10:00 | 2026-03-12T10:00
			half an hour from lunch      | 2026-03-10T12:00 | 0.5  | WORKING_HOURS | 2026-03-10T13:00 | 2026-03-10T13:30
			4 hours from 11:00           | 2026-03-10T11:00 | 4    | WORKING_HOURS | 2026-03-10T11:00 | 2026-03-10T16:30
			4 hours across Tết           | 2026-02-13T15:00 | 4    | WORKING_HOURS | 2026-02-13T15:00 | 2026-02-23T09:30
			# calendar days
			5 days to a Sunday           | 2026-03-10T10:00 | 5    | CALENDAR_DAYS | 2026-03-10T10:00 | 2026-03-16T10:00
			3 days                       | 2026-03-10T10:00 | 3    | CALENDAR_DAYS | 2026-03-10T10:00 | 2026-03-13T10:00
			5 days into Tết              | 2026-02-12T10:00 | 5    | CALENDAR_DAYS | 2026-02-12T10:00 | 2026-02-23T10:00
			from a Saturday              | 2026-03-14T09:00 | 2    | CALENDAR_DAYS | 2026-03-16T07:30 | 2026-03-18T07:30
			half a calendar day          | 2026-03-10T10:00 | 0.5  | CALENDAR_DAYS | 2026-03-10T10:00 | 2026-03-10T15:30
			""")
	void computesDeadlines(String name, LocalDateTime start, BigDecimal amount, ProcessingTimeUnit unit,
			LocalDateTime clockStart, LocalDateTime due) {
		Deadline deadline = calendar.deadline(start, new ProcessingTime(amount, unit), null);

		assertThat(deadline).isEqualTo(new Deadline(start, clockStart, due));
	}

	@ParameterizedTest(name = "{0}: {2} {3} from {1}")
	@CsvSource(delimiter = '|', textBlock = """
			the day before a worked Saturday | 2026-03-13T10:00 | 1   | WORKING_DAYS  | 2026-03-13T10:00 | 2026-03-14T10:00
			on a worked Saturday             | 2026-03-14T09:00 | 1   | WORKING_DAYS  | 2026-03-14T09:00 | 2026-03-17T09:00
			hours into a worked Saturday     | 2026-03-13T16:00 | 2   | WORKING_HOURS | 2026-03-13T16:00 | 2026-03-14T08:30
			calendar days to it              | 2026-03-12T10:00 | 2   | CALENDAR_DAYS | 2026-03-12T10:00 | 2026-03-14T10:00
			over a bridge day off            | 2026-03-14T10:00 | 2   | WORKING_DAYS  | 2026-03-14T10:00 | 2026-03-18T10:00
			""")
	void followsOverrides(String name, LocalDateTime start, BigDecimal amount, ProcessingTimeUnit unit,
			LocalDateTime clockStart, LocalDateTime due) {
		WorkingCalendar withOverrides = CalendarFixtures.workingCalendar(workedSaturday("2026-03-14", null),
				bridgeDayOff("2026-03-16", null));

		assertThat(withOverrides.deadline(start, new ProcessingTime(amount, unit), null))
			.isEqualTo(new Deadline(start, clockStart, due));
	}

	@Test
	void anAgencysOverrideLeavesTheOthersAlone() {
		UUID agency = UUID.randomUUID();
		WorkingCalendar withOverride = CalendarFixtures.workingCalendar(workedSaturday("2026-03-14", agency));
		LocalDateTime start = LocalDateTime.parse("2026-03-13T10:00");

		assertThat(withOverride.deadline(start, ProcessingTime.workingDays(1), agency).due())
			.isEqualTo("2026-03-14T10:00");
		assertThat(withOverride.deadline(start, ProcessingTime.workingDays(1), null).due())
			.isEqualTo("2026-03-16T10:00");
		assertThat(withOverride.deadline(start, ProcessingTime.workingDays(1), UUID.randomUUID()).due())
			.isEqualTo("2026-03-16T10:00");
	}

	@Test
	void anAgencysOverrideWinsOverTheNationwideOne() {
		UUID agency = UUID.randomUUID();
		WorkingCalendar calendar = CalendarFixtures.workingCalendar(workedSaturday("2026-03-14", null),
				CalendarOverride.create(LocalDate.parse("2026-03-14"), "Nghỉ", OverrideKind.DAY_OFF, agency));

		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-14"), null)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-14"), agency)).isFalse();
	}

	@Test
	void pausesExtendTheDeadlineByTheirWorkingTime() {
		LocalDateTime due = LocalDateTime.parse("2026-03-12T10:00");
		var overLunch = new Pause(LocalDateTime.parse("2026-03-10T10:00"), LocalDateTime.parse("2026-03-10T14:00"));
		var overAWeekend = new Pause(LocalDateTime.parse("2026-03-13T16:00"), LocalDateTime.parse("2026-03-16T08:00"));

		assertThat(calendar.extend(due, List.of(overLunch), null)).isEqualTo("2026-03-12T14:00");
		assertThat(calendar.extend(due, List.of(overLunch, overAWeekend), null)).isEqualTo("2026-03-12T15:30");
		assertThat(calendar.extend(LocalDateTime.parse("2026-03-10T17:00"), List.of(), null))
			.isEqualTo("2026-03-10T17:00");
		assertThat(calendar.extend(LocalDateTime.parse("2026-03-10T17:00"), List.of(overLunch), null))
			.isEqualTo("2026-03-11T10:00");
	}

	@Test
	void measuresWorkingTime() {
		assertThat(calendar.workingTimeBetween(LocalDateTime.parse("2026-03-10T07:30"),
				LocalDateTime.parse("2026-03-11T07:30"), null)).isEqualTo(Duration.ofHours(8));
		assertThat(calendar.workingTimeBetween(LocalDateTime.parse("2026-02-13T12:00"),
				LocalDateTime.parse("2026-02-23T07:30"), null)).isEqualTo(Duration.ofHours(4));
		assertThat(calendar.workingTimeBetween(LocalDateTime.parse("2026-12-31T07:30"),
				LocalDateTime.parse("2027-01-05T07:30"), null)).isEqualTo(Duration.ofHours(16));
		assertThat(calendar.workingTimeBetween(LocalDateTime.parse("2026-03-11T07:30"),
				LocalDateTime.parse("2026-03-10T07:30"), null)).isZero();
	}

	@ParameterizedTest(name = "8 working hours from {0} last until {1}")
	@CsvSource({ "2026-03-10T10:00, 2026-03-11T10:00", "2026-03-10T07:30, 2026-03-11T07:30",
			"2026-03-10T09:00, 2026-03-11T09:00", "2026-03-13T15:00, 2026-03-16T15:00",
			"2026-03-10T19:00, 2026-03-12T07:30", "2026-02-13T16:00, 2026-02-23T16:00",
			"2026-03-14T10:00, 2026-03-17T07:30" })
	void findsTheLastInstantWithinAWorkingTime(LocalDateTime from, LocalDateTime last) {
		Duration dueSoon = Duration.ofHours(8);
		assertThat(calendar.lastWithin(from, dueSoon, null)).isEqualTo(last);
		// the comparison it stands for, on every quarter of an hour of the next three weeks
		for (LocalDateTime t = from; t.isBefore(from.plusWeeks(3)); t = t.plusMinutes(15)) {
			assertThat(!t.isAfter(last)).as("%s", t)
				.isEqualTo(calendar.workingTimeBetween(from, t, null).compareTo(dueSoon) <= 0);
		}
	}

	@ParameterizedTest(name = "[{0}, {1}) holds {2} working days")
	@CsvSource({ "2026-02-10, 2026-02-24, 5", "2026-02-11, 2026-02-24, 4", "2026-03-09, 2026-03-16, 5",
			"2026-12-30, 2027-01-05, 3", "2026-03-16, 2026-03-16, 0", "2026-03-17, 2026-03-16, 0" })
	void countsWholeWorkingDaysAcrossHolidaysAndYears(LocalDate from, LocalDate to, long expected) {
		assertThat(calendar.workingDaysBetween(from, to, null)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "finished {0} → {1}")
	@CsvSource({ "2026-03-11T16:00, EARLY", "2026-03-12T09:00, ON_TIME", "2026-03-12T10:00, ON_TIME",
			"2026-03-12T10:01, LATE", "2026-03-13T08:00, LATE" })
	void classifiesFinishedCases(LocalDateTime finishedAt, Timeliness expected) {
		assertThat(calendar.timeliness(finishedAt, LocalDateTime.parse("2026-03-12T10:00"))).isEqualTo(expected);
	}

	@ParameterizedTest(name = "open at {0} → {1}")
	@CsvSource({ "2026-03-11T16:00, WITHIN_DEADLINE", "2026-03-12T10:00, WITHIN_DEADLINE",
			"2026-03-12T10:01, OVERDUE" })
	void classifiesOpenCases(LocalDateTime cutOff, OpenTimeliness expected) {
		assertThat(calendar.openTimeliness(cutOff, LocalDateTime.parse("2026-03-12T10:00"))).isEqualTo(expected);
	}
}
