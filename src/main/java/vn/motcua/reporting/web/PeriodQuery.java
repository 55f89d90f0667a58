package vn.motcua.reporting.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;

import vn.motcua.reporting.ReportPeriod;
import vn.motcua.reporting.ReportPeriod.Preset;
import vn.motcua.shared.InvalidRequestException;

/**
 * The period asked for: explicit {@code from} and {@code to} dates, or a statutory preset with its year
 * and number; by default the statutory month that holds today.
 */
record PeriodQuery(@Nullable String agency, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Preset preset,
		@Nullable Integer year, @Nullable Integer number) {

	/**
	 * The period; a preset that a year has once (6 months, 9 months, the year) ignores the number, which
	 * the form sends whatever the preset chosen.
	 */
	ReportPeriod period(LocalDate today) {
		if (from != null && to != null) {
			return new ReportPeriod(from, to);
		}
		if (preset != null) {
			int which = number == null || preset.perYear() == 1 ? 1 : number;
			return ReportPeriod.of(preset, year == null ? today.getYear() : year, which);
		}
		return ReportPeriod.monthOf(today);
	}

	/**
	 * The period asked for or, when it cannot be one (a start after the end, a number out of range), the
	 * current month, the reason kept in the model as {@code periodError}: the page says it beside the
	 * form's field, above the current month's figures, rather than on an error page.
	 */
	ReportPeriod periodOrCurrentMonth(LocalDate today, Model model) {
		try {
			return period(today);
		}
		catch (InvalidRequestException refused) {
			model.addAttribute("periodError", refused);
			return ReportPeriod.monthOf(today);
		}
	}
}
