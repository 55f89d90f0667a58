package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.motcua.shared.ContainsPattern;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.SearchWords;

/**
 * What an officer narrows a work queue to.
 *
 * @param search part of a dossier code or words of an applicant's name (diacritics ignored), or null for all
 * @param urgency only the dossiers of this urgency, or null for all
 */
public record QueueFilter(@Nullable String search, QueueItem.@Nullable Urgency urgency) {

	/** The longest search: a code or a name is far shorter, and each word is a condition of the query. */
	public static final int MAX_SEARCH = 200;

	/** @throws InvalidRequestException when the search is longer than {@link #MAX_SEARCH} */
	public QueueFilter {
		search = search == null || search.isBlank() ? null : search.strip();
		if (search != null && search.length() > MAX_SEARCH) {
			throw new InvalidRequestException("dossier.work.queue.search-too-long", MAX_SEARCH);
		}
	}

	/**
	 * The condition that keeps what the search finds, in brackets: the search within the dossier's
	 * code, or each of its words starting a word of the applicant's name, diacritics ignored;
	 * {@code alias} is the dossier table's alias with its dot, or empty. Null without a search.
	 */
	@Nullable
	String condition(String alias, MapSqlParameterSource parameters) {
		if (search == null) {
			return null;
		}
		parameters.addValue("search", ContainsPattern.of(search));
		String name = SearchWords.everyWordIn(alias + "applicant_words", search, "name", parameters);
		return "(UPPER(" + alias + "code) LIKE :search ESCAPE '\\'" + (name == null ? "" : " OR " + name) + ")";
	}
}
