package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the calendar module ({@code motcua.calendar.*}). The statutory holidays come from
 * {@code calendar/holidays.properties} unless the application's configuration lists its own.
 *
 * @param morningStart the default opening, for agencies without their own working hours
 * @param morningEnd the default start of the lunch break
 * @param afternoonStart the default end of the lunch break
 * @param afternoonEnd the default closing
 * @param holidays the statutory holidays with their validity dates
 */
@ConfigurationProperties("motcua.calendar")
record CalendarProperties(@DefaultValue("07:30") LocalTime morningStart, @DefaultValue("11:30") LocalTime morningEnd,
		@DefaultValue("13:00") LocalTime afternoonStart, @DefaultValue("17:00") LocalTime afternoonEnd,
		@DefaultValue List<HolidayRule> holidays) {

	WorkingHours defaultWorkingHours() {
		return new WorkingHours(morningStart, morningEnd, afternoonStart, afternoonEnd);
	}
}
