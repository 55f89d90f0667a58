package vn.motcua.testing;

/** The cards of a list page (an {@code <article>} or a list item each), read by the title they show. */
public final class ListCards {

	private ListCards() {
	}

	/** The page's text from the title to the end of its card. */
	public static String of(String page, String title) {
		int start = page.indexOf(title);
		if (start < 0) {
			throw new AssertionError("No card titled " + title);
		}
		String from = page.substring(start);
		int end = from.length();
		for (String closing : new String[] { "</article>", "</li>" }) {
			int at = from.indexOf(closing);
			if (at >= 0 && at < end) {
				end = at;
			}
		}
		return from.substring(0, end);
	}
}
