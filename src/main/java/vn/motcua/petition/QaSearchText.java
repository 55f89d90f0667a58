package vn.motcua.petition;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The search form of a text, as the catalogue's search has it (catalog's SearchText, which is not
 * part of its API): diacritics stripped, đ as d, lower case, other characters as single spaces.
 */
final class QaSearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private QaSearchText() {
	}

	static String normalize(String text) {
		String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
		String bare = MARKS.matcher(Normalizer.normalize(withoutD, Normalizer.Form.NFD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(bare).replaceAll(" ").trim();
	}

	static List<String> tokens(String text) {
		String normalized = normalize(text);
		return normalized.isEmpty() ? List.of() : Arrays.stream(normalized.split(" ")).distinct().toList();
	}

	/**
	 * The condition that the search column holds a word starting with each word of the text, in
	 * brackets, its patterns bound in {@code parameters} as {@code :word0}, {@code :word1}…; null when
	 * the text has no word.
	 */
	static @Nullable String everyWord(String text, MapSqlParameterSource parameters) {
		List<String> words = tokens(text);
		if (words.isEmpty()) {
			return null;
		}
		StringBuilder condition = new StringBuilder("(");
		for (int i = 0; i < words.size(); i++) {
			condition.append(i == 0 ? "" : " AND ").append("search_text LIKE :word").append(i);
			parameters.addValue("word" + i, "% " + words.get(i) + "%");
		}
		return condition.append(')').toString();
	}

	/** Words between spaces, so that {@code LIKE '% word%'} finds a word prefix. */
	static String column(String title, String text) {
		String column = " " + normalize(title) + " " + normalize(text) + " ";
		return column.length() > 20_000 ? column.substring(0, 20_000) : column;
	}
}
