package vn.motcua.petition;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.OpenTimeliness;
import vn.motcua.shared.ContainsPattern;
import vn.motcua.shared.InvalidRequestException;

/**
 * What an officer narrows the petition queue to; every part left null keeps every petition.
 *
 * @param mine only the petitions assigned to the officer
 * @param search part of a petition's code, or words of its title, its content or the petitioner's name
 *        (diacritics ignored); a denouncer is never found by name, whoever searches, and the phone numbers,
 *        e-mail addresses and ID numbers typed in the texts only by those who read them whole (decision 0031)
 * @param kind only petitions of this kind
 * @param standing only the overdue ones, or only those within their time
 */
public record PetitionQueueFilter(boolean mine, @Nullable String search, @Nullable PetitionKind kind,
		@Nullable OpenTimeliness standing) {

	/** The whole queue of the agency. */
	public static final PetitionQueueFilter ALL = new PetitionQueueFilter(false, null, null, null);

	/** The longest search, as the public questions and answers' search. */
	public static final int MAX_SEARCH = 200;

	/** @throws InvalidRequestException when the search is longer than {@link #MAX_SEARCH} */
	public PetitionQueueFilter {
		search = search == null || search.isBlank() ? null : search.strip();
		if (search != null && search.length() > MAX_SEARCH) {
			throw new InvalidRequestException("petition.query.too-long");
		}
	}

	/** Whether anything narrows the queue besides {@link #mine}. */
	public boolean narrowed() {
		return search != null || kind != null || standing != null;
	}

	/** The search as a LIKE pattern on upper-cased text, its own wildcards taken literally. */
	@Nullable
	String likePattern() {
		if (search == null) {
			return null;
		}
		return ContainsPattern.of(search);
	}

	/** The kinds whose petitioner is never matched by name. */
	static List<String> secretKinds() {
		return Arrays.stream(PetitionKind.values()).filter(PetitionKind::identitySecret).map(Enum::name).toList();
	}
}
