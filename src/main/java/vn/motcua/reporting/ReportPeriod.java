package vn.motcua.reporting;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ReportingMonth;

/**
 * A reporting period of whole local days, {@code from} and {@code to} included. The statutory presets
 * are runs of {@link ReportingMonth}s, which cut off on the 14th and start on the 15th of the month
 * before (legal-rules §4, ND 09/2019 Art. 12): a year report runs from 15 December of the year before
 * to 14 December.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

	public ReportPeriod {
		if (to.isBefore(from)) {
			throw new InvalidRequestException("reporting.period.order");
		}
	}

	/** The statutory presets. */
	public enum Preset {
		MONTH(1), QUARTER(3), HALF_YEAR(6), NINE_MONTHS(9), YEAR(12);

		private final int months;

		Preset(int months) {
			this.months = months;
		}

		/** How many of this preset a year has (12 months, 4 quarters, one of the others). */
		public int perYear() {
			return this == MONTH ? 12 : this == QUARTER ? 4 : 1;
		}
	}

	/**
	 * The period of a preset: month {@code number} 1–12, quarter 1–4; the cumulative presets (6 months,
	 * 9 months, year) start on 15 December of the year before.
	 */
	public static ReportPeriod of(Preset preset, int year, int number) {
		if (number < 1 || number > preset.perYear()) {
			throw new InvalidRequestException("reporting.period.number", number);
		}
		YearMonth last = switch (preset) {
			case MONTH -> YearMonth.of(year, number);
			case QUARTER -> YearMonth.of(year, number * 3);
			default -> YearMonth.of(year, preset.months);
		};
		YearMonth first = switch (preset) {
			case MONTH, QUARTER -> last.minusMonths(preset.months - 1);
			default -> YearMonth.of(year, 1);
		};
		return new ReportPeriod(new ReportingMonth(first).firstDay(), new ReportingMonth(last).lastDay());
	}

	/** The statutory month that holds the date: from the 15th on, it is the next month's. */
	public static ReportPeriod monthOf(LocalDate date) {
		ReportingMonth month = ReportingMonth.holding(date);
		return new ReportPeriod(month.firstDay(), month.lastDay());
	}

	/** The statutory year that holds the date: the year report ending on the next 14 December. */
	public static ReportPeriod yearOf(LocalDate date) {
		return of(Preset.YEAR, ReportingMonth.holding(date).month().getYear(), 1);
	}

	/** The first instant of the period, in local time. */
	public LocalDateTime start() {
		return from.atStartOfDay();
	}

	/** The cut-off: the first instant after the period, in local time. */
	public LocalDateTime cutOff() {
		return to.plusDays(1).atStartOfDay();
	}
}
