package vn.motcua.calendar.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.LunarCalendar;
import vn.motcua.calendar.ProcessingTimeUnit;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.ApiTime;
import vn.motcua.shared.InvalidRequestException;

/**
 * Reads the calendar API's query parameters, refusing bad ones with a message that names the
 * parameter and the expected form (a generic type mismatch would not say what a date should look like).
 */
@Component
class CalendarParameters {

	private final OrganizationManagement organization;

	CalendarParameters(OrganizationManagement organization) {
		this.organization = organization;
	}

	LocalDate date(String name, String value) {
		try {
			LocalDate date = LocalDate.parse(value.trim());
			year(date.getYear());
			return date;
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("calendar.param.date.invalid", name, value);
		}
	}

	/** Vietnam's time at a date-time given with any offset, or without one (Vietnam's already). */
	LocalDateTime dateTime(String name, String value) {
		try {
			LocalDateTime dateTime = ApiTime.readLocal(value);
			year(dateTime.getYear());
			return dateTime;
		}
		catch (DateTimeException e) {
			throw new InvalidRequestException("calendar.param.date-time.invalid", name, value);
		}
	}

	/** A solar year of the calendar's range. */
	int year(int year) {
		if (!LunarCalendar.supports(year)) {
			throw new InvalidRequestException("calendar.year.range", LunarCalendar.FIRST_YEAR, LunarCalendar.LAST_YEAR);
		}
		return year;
	}

	BigDecimal amount(String value) {
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidRequestException("calendar.param.amount.invalid", value);
		}
	}

	ProcessingTimeUnit unit(String value) {
		return Arrays.stream(ProcessingTimeUnit.values())
			.filter(unit -> unit.name().equals(value.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidRequestException("calendar.param.unit.unknown", value,
					Arrays.stream(ProcessingTimeUnit.values()).map(Enum::name).collect(Collectors.joining(", "))));
	}

	/** The id of the agency with that code; null (the nationwide calendar) without a code. */
	@Nullable UUID agency(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return organization.agencyByCode(code.trim())
			.map(Agency::id)
			.orElseThrow(() -> new InvalidRequestException("calendar.param.agency.unknown", code));
	}
}
