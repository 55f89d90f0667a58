package vn.motcua.dossier;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What an officer narrows a work queue to.
 *
 * @param search part of a dossier code or of an applicant's name, or null for all
 * @param urgency only the dossiers of this urgency, or null for all
 */
public record QueueFilter(@Nullable String search, QueueItem.@Nullable Urgency urgency) {

	public QueueFilter {
		search = search == null || search.isBlank() ? null : search.strip();
	}

	/** The search as a LIKE pattern on upper-cased text, its own wildcards taken literally. */
	@Nullable
	String likePattern() {
		if (search == null) {
			return null;
		}
		String escaped = search.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}
}
