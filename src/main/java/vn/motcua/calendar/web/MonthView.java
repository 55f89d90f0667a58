package vn.motcua.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;

/** A month laid out in weeks from Monday to Sunday, with texts resolved in the reader's language. */
record MonthView(YearMonth month, List<List<MonthCell>> weeks) {

	/** The first and last day shown: whole weeks around the month. */
	static LocalDate firstShown(YearMonth month) {
		return month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	static LocalDate lastShown(YearMonth month) {
		return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
	}

	/** Lays out the days from {@link #firstShown} to {@link #lastShown}. */
	static MonthView of(YearMonth month, List<CalendarDay> days, LocalDate today, MessageSource messages,
			Locale locale) {
		List<List<MonthCell>> weeks = new ArrayList<>();
		for (int i = 0; i < days.size(); i += 7) {
			weeks.add(days.subList(i, i + 7).stream().map(day -> cell(month, day, today, messages, locale)).toList());
		}
		return new MonthView(month, weeks);
	}

	private static MonthCell cell(YearMonth month, CalendarDay day, LocalDate today, MessageSource messages,
			Locale locale) {
		// a Saturday or Sunday needs no name: its column says it
		@Nullable String reason = day.ordinary() || day.reason() == null ? null
				: messages.getMessage(day.reason(), locale);
		return new MonthCell(day.date(), YearMonth.from(day.date()).equals(month), day.workingDay(),
				day.date().equals(today), lunar(day.date(), messages, locale), reason);
	}

	private static String lunar(LocalDate date, MessageSource messages, Locale locale) {
		if (!LunarCalendar.supports(date.getYear())) {
			return "";
		}
		LunarDate lunar = LunarCalendar.toLunar(date);
		return messages.getMessage(lunar.leapMonth() ? "calendar.month.lunar.leap" : "calendar.month.lunar.date",
				new Object[] { lunar.day(), lunar.month() }, locale);
	}
}
