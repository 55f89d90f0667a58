package vn.motcua.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Which entries to list; every criterion is optional. Dates are days in Vietnam's time, both
 * included, and compare with when the change happened; a page with a date lists its entries by that
 * time, the latest first (one without, by sequence number).
 */
public record AuditFilter(@Nullable String recordType, @Nullable String recordId, @Nullable String actor,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	/** Blank texts mean "any", as an empty form field does. */
	public AuditFilter {
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		actor = blankToNull(actor);
	}

	/** Every entry. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
