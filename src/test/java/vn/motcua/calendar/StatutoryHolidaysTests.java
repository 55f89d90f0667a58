package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** The holidays of the Labour Code, Art. 112, and their compensatory days (Art. 111.3). */
@Tag("rule")
class StatutoryHolidaysTests {

	private final StatutoryHolidays holidays = new StatutoryHolidays(CalendarFixtures.shippedProperties());

	@Test
	void listsEveryHolidayOf2027WithTheCompensatoryDaysOfThoseOnAWeekend() {
		assertThat(holidays.of(2027)).extracting(Holiday::date, holiday -> key(holiday.name()), Holiday::kind)
			.containsExactly(
					tuple(LocalDate.of(2027, 1, 1), "calendar.holiday.new-year", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 2, 5), "calendar.holiday.tet", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 2, 6), "calendar.holiday.tet", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 2, 7), "calendar.holiday.tet", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 2, 8), "calendar.holiday.tet", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 2, 9), "calendar.holiday.tet", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 2, 10), "calendar.holiday.compensatory", HolidayKind.COMPENSATORY),
					tuple(LocalDate.of(2027, 2, 11), "calendar.holiday.compensatory", HolidayKind.COMPENSATORY),
					tuple(LocalDate.of(2027, 4, 16), "calendar.holiday.hung-kings", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 4, 30), "calendar.holiday.reunification", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 5, 1), "calendar.holiday.labour-day", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 5, 3), "calendar.holiday.compensatory", HolidayKind.COMPENSATORY),
					tuple(LocalDate.of(2027, 9, 1), "calendar.holiday.national-day", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 9, 2), "calendar.holiday.national-day", HolidayKind.STATUTORY),
					tuple(LocalDate.of(2027, 11, 24), "calendar.holiday.culture-day", HolidayKind.STATUTORY));
	}

	@Test
	void aCompensatoryDayNamesTheHolidayItMakesUpFor() {
		Holiday compensatory = holidays.of(2026).stream()
			.filter(holiday -> holiday.kind() == HolidayKind.COMPENSATORY)
			.findFirst()
			.orElseThrow();

		assertThat(compensatory.date()).isEqualTo(LocalDate.of(2026, 4, 27));
		assertThat(compensatory.name().getArguments()).hasSize(1);
		assertThat(key((MessageSourceResolvable) compensatory.name().getArguments()[0]))
			.isEqualTo("calendar.holiday.hung-kings");
	}

	@Test
	void rulesApplyOnlyWhileInForce() {
		assertThat(holidays.of(2025)).extracting(holiday -> key(holiday.name()))
			.doesNotContain("calendar.holiday.culture-day");
		assertThat(holidays.of(2026)).filteredOn(holiday -> key(holiday.name()).equals("calendar.holiday.culture-day"))
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2026, 11, 24));
		// before the Labour Code 2019, National Day was one day
		assertThat(holidays.of(2020)).filteredOn(holiday -> key(holiday.name()).equals("calendar.holiday.national-day"))
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2020, 9, 2));
	}

	@Test
	void tetEveIsTheLastDayOfTheLunarYear() {
		assertThat(holidays.of(2026)).filteredOn(holiday -> key(holiday.name()).equals("calendar.holiday.tet"))
			.extracting(Holiday::date)
			.containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18),
					LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
	}

	@Test
	void coversTheFirstAndLastYearsOfTheRange() {
		assertThat(holidays.of(LunarCalendar.FIRST_YEAR)).extracting(Holiday::date).contains(LocalDate.of(1900, 1, 30),
				LocalDate.of(1900, 1, 31));
		assertThat(holidays.of(LunarCalendar.LAST_YEAR)).hasSizeGreaterThanOrEqualTo(12);
	}

	private static String key(MessageSourceResolvable name) {
		String[] codes = name.getCodes();
		return codes == null || codes.length == 0 ? "" : codes[0];
	}
}
