package vn.motcua.calendar.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.shared.InvalidRequestException;

/**
 * The public calendar API: lunar dates, holidays, working days and deadlines. Date-times are
 * Vietnam's, written with its offset and read with any offset or none, as everywhere in the API
 * ({@link vn.motcua.shared.ApiTime}); {@code agency=<AgencyCode>} applies that agency's working hours
 * and overrides. Names come in the caller's language.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

	/** The longest range of days one request may ask for. */
	static final int MAX_DAYS = 366;

	private final WorkingCalendar calendar;
	private final CalendarParameters parameters;
	private final MessageSource messages;

	CalendarApi(WorkingCalendar calendar, CalendarParameters parameters, MessageSource messages) {
		this.calendar = calendar;
		this.parameters = parameters;
		this.messages = messages;
	}

	record LunarAnswer(String date, int lunarDay, int lunarMonth, int lunarYear, boolean leapMonth) {
	}

	record SolarAnswer(String date) {
	}

	record HolidayAnswer(String date, String name, String kind) {
	}

	record DayAnswer(String date, boolean workingDay, String reason) {
	}

	record DeadlineAnswer(LocalDateTime start, LocalDateTime clockStart, LocalDateTime due) {
	}

	@GetMapping("/lunar")
	LunarAnswer lunar(@RequestParam String date) {
		LocalDate solar = parameters.date("date", date);
		LunarDate lunar = LunarCalendar.toLunar(solar);
		return new LunarAnswer(solar.toString(), lunar.day(), lunar.month(), lunar.year(), lunar.leapMonth());
	}

	@GetMapping("/solar")
	SolarAnswer solar(@RequestParam int lunarYear, @RequestParam int lunarMonth, @RequestParam int lunarDay,
			@RequestParam(defaultValue = "false") boolean leapMonth) {
		parameters.year(lunarYear);
		if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
			throw new InvalidRequestException("calendar.lunar.invalid");
		}
		LocalDate date = LunarCalendar.toSolar(new LunarDate(lunarYear, lunarMonth, lunarDay, leapMonth))
			.orElseThrow(() -> new InvalidRequestException("calendar.lunar.invalid"));
		return new SolarAnswer(date.toString());
	}

	@GetMapping("/holidays")
	List<HolidayAnswer> holidays(@RequestParam int year, @RequestParam(required = false) @Nullable String agency) {
		UUID agencyId = parameters.agency(agency);
		return calendar.holidays(parameters.year(year), agencyId).stream()
			.map(holiday -> new HolidayAnswer(holiday.date().toString(), text(holiday.name()), holiday.kind().name()))
			.toList();
	}

	@GetMapping("/working-days")
	List<DayAnswer> workingDays(@RequestParam String from, @RequestParam String to,
			@RequestParam(required = false) @Nullable String agency) {
		LocalDate first = parameters.date("from", from);
		LocalDate last = parameters.date("to", to);
		if (last.isBefore(first)) {
			throw new InvalidRequestException("calendar.param.range.reversed");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
			throw new InvalidRequestException("calendar.param.range.too-long", MAX_DAYS);
		}
		UUID agencyId = parameters.agency(agency);
		return calendar.days(first, last, agencyId).stream()
			.map(day -> new DayAnswer(day.date().toString(), day.workingDay(),
					day.reason() == null ? "" : text(day.reason())))
			.toList();
	}

	@GetMapping("/deadline")
	DeadlineAnswer deadline(@RequestParam String start, @RequestParam String amount, @RequestParam String unit,
			@RequestParam(required = false) @Nullable String agency) {
		LocalDateTime received = parameters.dateTime("start", start);
		var processingTime = new ProcessingTime(parameters.amount(amount), parameters.unit(unit));
		Deadline deadline = calendar.deadline(received, processingTime, parameters.agency(agency));
		return new DeadlineAnswer(deadline.start(), deadline.clockStart(), deadline.due());
	}

	private String text(MessageSourceResolvable name) {
		return messages.getMessage(name, LocaleContextHolder.getLocale());
	}
}
