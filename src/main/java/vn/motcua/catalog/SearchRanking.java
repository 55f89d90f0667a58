package vn.motcua.catalog;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks candidates against a query, both in search form (see {@link SearchText}). A query word
 * counts when it equals a word of the candidate (full weight) or begins one (half weight, for a
 * word being typed). Then bonuses: the whole query as one phrase, query words in the same order,
 * and a name that starts with the first query word. Candidates matching no word are dropped.
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

	static List<Ranked> rank(List<String> queryTokens, List<Candidate> candidates) {
		String phrase = " " + String.join(" ", queryTokens) + " ";
		return candidates.stream()
			.map(candidate -> new Ranked(candidate.summary(), score(queryTokens, phrase, candidate.searchText())))
			.filter(ranked -> ranked.score() > 0)
			.sorted(Comparator.comparingInt(Ranked::score).reversed()
				.thenComparing(ranked -> SearchText.normalize(ranked.summary().name()))
				.thenComparing(ranked -> ranked.summary().code()))
			.toList();
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
