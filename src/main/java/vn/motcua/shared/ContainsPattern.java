package vn.motcua.shared;

import java.util.Locale;

/** A search for text anywhere in an upper-cased column, as a LIKE pattern with {@code ESCAPE '\'}. */
public final class ContainsPattern {

	private ContainsPattern() {
	}

	/** The search upper-cased, its own wildcards ({@code %}, {@code _}) and backslashes taken literally. */
	public static String of(String search) {
		return "%" + search.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
	}
}
