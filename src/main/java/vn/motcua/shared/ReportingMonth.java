package vn.motcua.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A statutory reporting month (kỳ báo cáo tháng, legal-rules §4, ND 09/2019 Art. 12): month M runs from
 * the 15th of the month before to the 14th of M. It lives here, not in the reporting module, because
 * the rating module, which reporting depends on, must default its statistics to the same period as the
 * reports: a leader comparing the two default views then compares the same days.
 */
public record ReportingMonth(YearMonth month) {

	/** The last day of a reporting month; the next one starts the day after. */
	private static final int CUT_OFF_DAY = 14;

	/** The reporting month that holds the day: from the 15th on, it is the next calendar month's. */
	public static ReportingMonth holding(LocalDate day) {
		YearMonth month = YearMonth.from(day);
		return new ReportingMonth(day.getDayOfMonth() > CUT_OFF_DAY ? month.plusMonths(1) : month);
	}

	/** The first day: the 15th of the month before. */
	public LocalDate firstDay() {
		return month.minusMonths(1).atDay(CUT_OFF_DAY + 1);
	}

	/** The last day, included: the 14th. */
	public LocalDate lastDay() {
		return month.atDay(CUT_OFF_DAY);
	}
}
