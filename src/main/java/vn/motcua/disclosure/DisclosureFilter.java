package vn.motcua.disclosure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.motcua.shared.InvalidRequestException;

/**
 * What a visitor narrows a list of publications to: a category, and the year its posting started.
 * Either may be left out.
 */
public record DisclosureFilter(@Nullable String category, @Nullable Integer year) {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2100;

	public static final DisclosureFilter NONE = new DisclosureFilter(null, null);

	/** @throws InvalidRequestException when the year is outside the years a publication may have */
	public DisclosureFilter {
		category = category == null || category.isBlank() ? null : category.strip();
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new InvalidRequestException("disclosure.list.bad-year", FIRST_YEAR, LAST_YEAR);
		}
	}

	/** The SQL conditions of the filter, each beginning with AND, its values bound in {@code parameters}. */
	String conditions(MapSqlParameterSource parameters) {
		StringBuilder conditions = new StringBuilder();
		if (category != null) {
			conditions.append(" AND category = :category");
			parameters.addValue("category", category);
		}
		if (year != null) {
			conditions.append(" AND posted_from >= :yearFrom AND posted_from < :yearTo");
			parameters.addValue("yearFrom", LocalDate.of(year, 1, 1)).addValue("yearTo", LocalDate.of(year + 1, 1, 1));
		}
		return conditions.toString();
	}
}
