package vn.motcua.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The search form of Vietnamese text, so that people find what they typed without tone marks on a
 * phone or at the desk: diacritics stripped (đ and Đ become d, which Unicode does not decompose),
 * lower case, every run of other characters a single space. "Đăng ký kinh doanh xăng dầu" and
 * "DANG KY  kinh-doanh xang dau" both become "dang ky kinh doanh xang dau".
 *
 * <p>A searchable column holds the words between spaces ({@link #column}), so that
 * {@code LIKE '% word%'} finds a word by its start; words hold only {@code a-z} and {@code 0-9}, so
 * they never carry a LIKE wildcard.
 */
public final class SearchWords {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private SearchWords() {
	}

	public static String normalize(String text) {
		String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
		String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD);
		String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
		return SEPARATORS.matcher(bare).replaceAll(" ").trim();
	}

	/** The distinct words of the text in search form, in order. */
	public static List<String> of(String text) {
		String normalized = normalize(text);
		return normalized.isEmpty() ? List.of() : Arrays.stream(normalized.split(" ")).distinct().toList();
	}

	/** The stored form of the texts: their words between spaces, cut at {@code maxLength} characters. */
	public static String column(int maxLength, String... texts) {
		StringBuilder column = new StringBuilder(" ");
		for (String text : texts) {
			String normalized = normalize(text);
			if (!normalized.isEmpty()) {
				column.append(normalized).append(' ');
			}
		}
		return column.length() > maxLength ? column.substring(0, maxLength) : column.toString();
	}

	/**
	 * The condition that {@code column} holds a word starting with each word of the text, in
	 * brackets, its patterns bound in {@code parameters} as {@code :name0}, {@code :name1}…; null when
	 * the text has no word. The same text and name give the same parameters, so one search may test
	 * several columns.
	 */
	public static @Nullable String everyWordIn(String column, String text, String name,
			MapSqlParameterSource parameters) {
		List<String> words = of(text);
		if (words.isEmpty()) {
			return null;
		}
		StringBuilder condition = new StringBuilder("(");
		for (int i = 0; i < words.size(); i++) {
			condition.append(i == 0 ? "" : " AND ").append(column).append(" LIKE :").append(name).append(i);
			parameters.addValue(name + i, "% " + words.get(i) + "%");
		}
		return condition.append(')').toString();
	}
}
