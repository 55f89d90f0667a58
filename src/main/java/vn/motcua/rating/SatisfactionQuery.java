package vn.motcua.rating;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ReportingMonth;
import vn.motcua.shared.VietnamTime;

/**
 * Which ratings to count: one agency's, given from {@code from} to {@code to} (both included, Vietnam
 * dates of the first rating), counted per {@code by}, from every source or from one.
 */
public record SatisfactionQuery(String agencyCode, LocalDate from, LocalDate to, Grouping by,
		@Nullable RatingSource source) {

	public SatisfactionQuery {
		if (to.isBefore(from)) {
			throw misordered(from, to);
		}
	}

	/**
	 * The query of the dates given, a date left out being that of the statutory reporting month that holds
	 * today: the reports' default period (ReportPeriod.monthOf), so that the default statistics and the
	 * default satisfaction report count the same days.
	 */
	public static SatisfactionQuery orCurrentMonth(String agencyCode, @Nullable LocalDate from, @Nullable LocalDate to,
			LocalDate today, Grouping by, @Nullable RatingSource source) {
		ReportingMonth month = ReportingMonth.holding(today);
		return new SatisfactionQuery(agencyCode, from == null ? month.firstDay() : from,
				to == null ? month.lastDay() : to, by, source);
	}

	/** What is said of a period that ends before it starts, with both dates as typed. */
	public static InvalidRequestException misordered(LocalDate from, LocalDate to) {
		return new InvalidRequestException("rating.statistics.period", from.format(VietnamTime.PRINTED_DATE),
				to.format(VietnamTime.PRINTED_DATE));
	}
}
