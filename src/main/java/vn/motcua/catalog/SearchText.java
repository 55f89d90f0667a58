package vn.motcua.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The search form of a text: Vietnamese diacritics stripped (đ and Đ become d, which Unicode does
 * not decompose), lower case, every run of other characters a single space. "Đăng ký kinh doanh
 * xăng dầu" and "DANG KY  kinh-doanh xang dau" both become "dang ky kinh doanh xang dau".
 */
final class SearchText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private SearchText() {
	}

	static String normalize(String text) {
		String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
		String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT);
		return SEPARATORS.matcher(bare).replaceAll(" ").trim();
	}

	/** The distinct words of the normalized text, in order. */
	static List<String> tokens(String text) {
		String normalized = normalize(text);
		return normalized.isEmpty() ? List.of() : Arrays.stream(normalized.split(" ")).distinct().toList();
	}

	/** The stored column: words between spaces, so that {@code LIKE '% word%'} finds a word prefix. */
	static String column(String name, String code) {
		return " " + normalize(name) + " " + normalize(code) + " ";
	}
}
