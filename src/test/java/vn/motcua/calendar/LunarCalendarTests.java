package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("rule")
class LunarCalendarTests {

	@ParameterizedTest(name = "Tết {0} is on {1}")
	@CsvSource({
			// the years where Vietnam (UTC+7) and China (UTC+8) celebrate on different days
			"1968, 1968-01-29", "1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02", "2053, 2053-02-18",
			// ordinary years, as published (legal-rules §9.1)
			"2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
			// the first year of the range
			"1900, 1900-01-31" })
	void findsTet(int year, LocalDate tet) {
		assertThat(LunarCalendar.toLunar(tet)).isEqualTo(LunarDate.newYear(year));
		assertThat(LunarCalendar.toSolar(LunarDate.newYear(year))).contains(tet);
		assertThat(LunarCalendar.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
	}

	@ParameterizedTest(name = "Hùng Kings'' day {0}")
	@CsvSource({ "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16", "2028, 2028-04-04", "2029, 2029-04-23",
			"2030, 2030-04-12" })
	void findsHungKingsDay(int year, LocalDate date) {
		assertThat(LunarCalendar.toSolar(new LunarDate(year, 3, 10, false))).contains(date);
	}

	@ParameterizedTest(name = "leap month {1} of {0} starts on {2}")
	@CsvSource({ "2020, 4, 2020-05-23", "2023, 2, 2023-03-22", "2025, 6, 2025-07-25" })
	void knowsLeapMonths(int year, int month, LocalDate firstDay) {
		LunarDate leap = new LunarDate(year, month, 1, true);
		assertThat(LunarCalendar.toSolar(leap)).contains(firstDay);
		assertThat(LunarCalendar.toLunar(firstDay)).isEqualTo(leap);
		assertThat(LunarCalendar.toLunar(firstDay.minusDays(1))).extracting(LunarDate::month, LunarDate::leapMonth)
			.containsExactly(month, false);
	}

	@Test
	void refusesALeapMonthThatTheYearDoesNotHave() {
		assertThat(LunarCalendar.toSolar(new LunarDate(2026, 3, 1, true))).isEmpty();
		assertThat(LunarCalendar.toSolar(new LunarDate(2023, 3, 1, true))).isEmpty();
	}

	@Test
	void refusesTheThirtiethOfAShortMonth() {
		LocalDate eve = LocalDate.of(2026, 2, 16);
		int lastDay = LunarCalendar.toLunar(eve).day();
		assertThat(LunarCalendar.toSolar(new LunarDate(2025, 12, lastDay, false))).contains(eve);
		if (lastDay == 29) {
			assertThat(LunarCalendar.toSolar(new LunarDate(2025, 12, 30, false))).isEmpty();
		}
		assertThat(lastDay).isBetween(29, 30);
	}

	@Test
	void refusesYearsOutsideTheRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1899, 12, 31)));
		assertThatIllegalArgumentException().isThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2200, 1, 1)));
		assertThat(LunarCalendar.toSolar(LunarDate.newYear(2200))).isEmpty();
	}

	@Test
	void everyDayOfTheRangeGoesThereAndBackAndMonthsFollowEachOther() {
		LocalDate day = LocalDate.of(LunarCalendar.FIRST_YEAR, 1, 1);
		LunarDate previous = LunarCalendar.toLunar(day);
		int leapMonths = 0;
		for (day = day.plusDays(1); day.getYear() <= LunarCalendar.LAST_YEAR; day = day.plusDays(1)) {
			LunarDate lunar = LunarCalendar.toLunar(day);
			assertThat(LunarCalendar.toSolar(lunar)).as("%s", day).contains(day);
			if (lunar.day() == 1) {
				assertThat(previous.day()).as("length of the month before %s", day).isBetween(29, 30);
				leapMonths += lunar.leapMonth() ? 1 : 0;
				assertThat(lunar.month()).as("month starting %s", day)
					.isEqualTo(lunar.leapMonth() ? previous.month() : previous.month() % 12 + 1);
			}
			else {
				assertThat(lunar).as("%s", day)
					.isEqualTo(new LunarDate(previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
			}
			previous = lunar;
		}
		// 7 leap months in 19 years (Metonic cycle): about 110 in 300 years
		assertThat(leapMonths).isBetween(105, 115);
	}

	@Test
	void theLastYearOfTheRangeHasTwelveOrThirteenMonthsFromTet() {
		LocalDate tet = LunarCalendar.toSolar(LunarDate.newYear(LunarCalendar.LAST_YEAR)).orElseThrow();
		assertThat(tet.getYear()).isEqualTo(LunarCalendar.LAST_YEAR);
		assertThat(tet.getMonthValue()).isBetween(1, 2);
		assertThat(LunarCalendar.toLunar(LocalDate.of(LunarCalendar.LAST_YEAR, 12, 31)).year())
			.isEqualTo(LunarCalendar.LAST_YEAR);
	}
}
