package vn.motcua.catalog;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks candidates against a query, both in search form (see {@link vn.motcua.shared.SearchWords}). A query word
 * counts when it equals a word of the candidate (full weight) or begins one (half weight, for a
 * word being typed). Then bonuses: the whole query as one phrase, query words in the same order,
 * and a name that starts with the first query word. Candidates matching no word are dropped.
 * Among equal scores the shorter name comes first.
 */
final class SearchRanking {

	private static final int WORD = 100;
	private static final int PREFIX = 50;
	private static final int PHRASE = 60;
	private static final int ORDER = 20;
	private static final int START = 10;

	private SearchRanking() {
	}

	record Candidate(ProcedureSummary summary, String searchText) {
	}

	record Ranked(ProcedureSummary summary, int score) {
	}

	/**
	 * Best first; among equals the shorter name first (fewer words beside the ones asked for), then
	 * in the order of the search text (the name without marks, then the code).
	 */
	static List<Ranked> rank(List<String> queryTokens, List<Candidate> candidates) {
		String phrase = " " + String.join(" ", queryTokens) + " ";
		record Scored(Candidate candidate, int score) {
		}
		return candidates.stream()
			.map(candidate -> new Scored(candidate, score(queryTokens, phrase, candidate.searchText())))
			.filter(scored -> scored.score() > 0)
			.sorted(Comparator.comparingInt(Scored::score).reversed()
				.thenComparingInt(scored -> scored.candidate().searchText().length())
				.thenComparing(scored -> scored.candidate().searchText()))
			.map(scored -> new Ranked(scored.candidate().summary(), scored.score()))
			.toList();
	}

	/** Without a query: in the order of the search text. */
	static List<ProcedureSummary> byName(List<Candidate> candidates) {
		return candidates.stream().sorted(Comparator.comparing(Candidate::searchText)).map(Candidate::summary).toList();
	}

	static int score(List<String> queryTokens, String phrase, String text) {
		int score = 0;
		int lastPosition = -1;
		boolean inOrder = true;
		for (String token : queryTokens) {
			int whole = text.indexOf(" " + token + " ");
			int position = whole >= 0 ? whole : text.indexOf(" " + token);
			if (position < 0) {
				inOrder = false;
				continue;
			}
			score += whole >= 0 ? WORD : PREFIX;
			inOrder &= position > lastPosition;
			lastPosition = position;
		}
		if (score == 0) {
			return 0;
		}
		return score + bonuses(queryTokens, phrase, text, inOrder);
	}

	private static int bonuses(List<String> queryTokens, String phrase, String text, boolean inOrder) {
		int bonus = 0;
		if (queryTokens.size() > 1 && text.contains(phrase)) {
			bonus += PHRASE;
		}
		if (queryTokens.size() > 1 && inOrder) {
			bonus += ORDER;
		}
		if (text.startsWith(" " + queryTokens.get(0))) {
			bonus += START;
		}
		return bonus;
	}
}
