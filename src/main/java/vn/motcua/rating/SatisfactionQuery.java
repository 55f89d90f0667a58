package vn.motcua.rating;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidRequestException;

/**
 * Which ratings to count: one agency's, given from {@code from} to {@code to} (both included, Vietnam
 * dates of the first rating), counted per {@code by}, from every source or from one.
 */
public record SatisfactionQuery(String agencyCode, LocalDate from, LocalDate to, Grouping by,
		@Nullable RatingSource source) {

	public SatisfactionQuery {
		if (to.isBefore(from)) {
			throw new InvalidRequestException("rating.statistics.period", from, to);
		}
	}
}
