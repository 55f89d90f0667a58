package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.ContainsPattern;

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
		return ContainsPattern.of(search);
	}
}
