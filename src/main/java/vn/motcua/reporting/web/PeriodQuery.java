package vn.motcua.reporting.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportPeriod.Preset;

/**
 * The period asked for: explicit {@code from} and {@code to} dates, or a statutory preset with its year
 * and number; by default the statutory month that holds today.
 */
record PeriodQuery(@Nullable String agency, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Preset preset,
		@Nullable Integer year, @Nullable Integer number) {

	ReportPeriod period(LocalDate today) {
		if (from != null && to != null) {
			return new ReportPeriod(from, to);
		}
		if (preset != null) {
			return ReportPeriod.of(preset, year == null ? today.getYear() : year, number == null ? 1 : number);
		}
		// the statutory month that holds today: from the 15th on, it is the next month's
		LocalDate month = today.getDayOfMonth() >= 15 ? today.plusMonths(1) : today;
		return ReportPeriod.of(Preset.MONTH, month.getYear(), month.getMonthValue());
	}
}
