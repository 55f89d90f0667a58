package vn.motcua.audit;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Which entries to list; every criterion is optional. Dates are days in Vietnam's time, both
 * included, and compare with when the change happened; a page with a date lists its entries by that
 * time, the latest first (one without, by sequence number). The texts match whatever their case
 * (see {@link AuditEntries}).
 */
public record AuditFilter(@Nullable String recordType, @Nullable String recordId, @Nullable String actor,
		@Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

	/**
	 * Blank texts mean "any", as an empty form field does. An actor is a user name, all of which are
	 * lower case (an officer's, a citizen ID, a tax code, {@code system}): the typed one is compared in
	 * that form, so that the index on the stored names serves it. So is an action: the trail keeps every
	 * action in lower case ({@link AuditEntry#chained}), whichever case its module wrote it in
	 * ({@code dossier.step.assigned}, {@code account.disabled}).
	 */
	public AuditFilter {
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		actor = blankToNull(actor);
		actor = actor == null ? null : actor.toLowerCase(Locale.ROOT);
		action = blankToNull(action);
		action = action == null ? null : action.toLowerCase(Locale.ROOT);
	}

	/** Every entry. */
	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
