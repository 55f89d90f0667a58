package vn.motcua.rating;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidRequestException;
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

	/** What is said of a period that ends before it starts, with both dates as typed. */
	public static InvalidRequestException misordered(LocalDate from, LocalDate to) {
		return new InvalidRequestException("rating.statistics.period", from.format(VietnamTime.PRINTED_DATE),
				to.format(VietnamTime.PRINTED_DATE));
	}
}
