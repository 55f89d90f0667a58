package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidRequestException;

/** The public month view of the working calendar (Lịch làm việc), with lunar dates and days off. */
@Controller
class MonthController {

	private final WorkingCalendar calendar;
	private final CalendarParameters parameters;
	private final MessageSource messages;
	private final Clock clock;

	MonthController(WorkingCalendar calendar, CalendarParameters parameters, MessageSource messages, Clock clock) {
		this.calendar = calendar;
		this.parameters = parameters;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar")
	String month(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String agency, Model model, Locale locale) {
		LocalDate today = LocalDate.now(clock);
		YearMonth shown = month == null ? YearMonth.from(today) : parse(month);
		UUID agencyId = agencyId(agency);
		model.addAttribute("view", MonthView.of(shown, shownDays(shown, agencyId), today, messages, locale));
		model.addAttribute("daysOff", calendar.holidays(shown.getYear(), agencyId).stream()
			.filter(holiday -> YearMonth.from(holiday.date()).equals(shown))
			.map(holiday -> new DayOffRow(holiday.date(), messages.getMessage(holiday.name(), locale), holiday.kind().name()))
			.toList());
		model.addAttribute("hours", calendar.workingHours(agencyId));
		model.addAttribute("agency", agencyId == null ? null : agency);
		model.addAttribute("previous", within(shown.minusMonths(1)));
		model.addAttribute("next", within(shown.plusMonths(1)));
		model.addAttribute("current", YearMonth.from(today));
		return "calendar/month";
	}

	/** The days of the whole weeks around the month; those past the calendar's ends carry no data. */
	private List<CalendarDay> shownDays(YearMonth month, @Nullable UUID agencyId) {
		LocalDate first = MonthView.firstShown(month);
		LocalDate last = MonthView.lastShown(month);
		LocalDate from = max(first, LocalDate.of(LunarCalendar.FIRST_YEAR, 1, 1));
		LocalDate to = min(last, LocalDate.of(LunarCalendar.LAST_YEAR, 12, 31));
		List<CalendarDay> days = new ArrayList<>();
		first.datesUntil(from).forEach(date -> days.add(new CalendarDay(date, false, true, null)));
		days.addAll(calendar.days(from, to, agencyId));
		to.plusDays(1).datesUntil(last.plusDays(1)).forEach(date -> days.add(new CalendarDay(date, false, true, null)));
		return days;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	record DayOffRow(LocalDate date, String name, String kind) {
	}

	private static YearMonth parse(String month) {
		try {
			YearMonth parsed = YearMonth.parse(month.trim());
			if (LunarCalendar.supports(parsed.getYear())) {
				return parsed;
			}
		}
		catch (DateTimeParseException e) {
			// answered below like a month out of range
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
	}

	private @Nullable UUID agencyId(@Nullable String agency) {
		try {
			return parameters.agency(agency);
		}
		catch (InvalidRequestException e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	/** The month, or null past the ends of the calendar (no link is shown then). */
	private static @Nullable YearMonth within(YearMonth month) {
		return LunarCalendar.supports(month.getYear()) ? month : null;
	}
}
