package vn.motcua.counter;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import java.util.stream.Stream;

import vn.motcua.calendar.Holiday;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.MutableClock;

/**
 * Appointments of the demo agency on a day fixed for each test: the clock is set to 09:00 of the first
 * working day after a week from the real today, so that slots from 10:00 on are open and earlier ones
 * closed (the demo rules close a slot an hour before it starts), whatever the day the tests run.
 */
final class AppointmentFixtures {

	/** A sector of the demo catalogue. */
	static final String SECTOR = "DIEN";
	/** A procedure of that sector. */
	static final String PROCEDURE = "1.013001.000.00.00.H55";

	private AppointmentFixtures() {
	}

	/** Sets the clock to 09:00 of the test's day and answers that day. */
	static LocalDate atNineOnATestDay(MutableClock clock, WorkingCalendar calendar, UUID agencyId) {
		clock.reset();
		LocalDate day = LocalDate.now(clock).plusDays(7);
		while (!calendar.isWorkingDay(day, agencyId)) {
			day = day.plusDays(1);
		}
		clock.set(day.atTime(9, 0).atZone(VietnamTime.ZONE).toInstant());
		return day;
	}

	/** The first public holiday after the day that falls on a weekday, so that only the holiday makes it a day off. */
	static LocalDate nextHolidayAfter(WorkingCalendar calendar, UUID agencyId, LocalDate from) {
		return Stream.of(from.getYear(), from.getYear() + 1)
			.flatMap(year -> calendar.holidays(year, agencyId).stream())
			.map(Holiday::date)
			.filter(date -> date.isAfter(from) && date.getDayOfWeek().getValue() < 6)
			.filter(date -> !calendar.isWorkingDay(date, agencyId))
			.findFirst()
			.orElseThrow();
	}

	static AppointmentRequest aBooking(LocalDate day, LocalTime time) {
		return new AppointmentRequest(SECTOR, null, day, time, "Nguyễn Văn An", "0905 123 456", null, null);
	}
}
