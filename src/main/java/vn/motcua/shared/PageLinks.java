package vn.motcua.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * What a page's template needs for the links of a list read a page at a time: {@code next}, the
 * next page's {@code after} parameter (null on the last page), and {@code paged}, whether this page
 * is a later one, which then links back to the first.
 */
public final class PageLinks {

	private PageLinks() {
	}

	/**
	 * @param next where the next page starts, as the list gave it
	 * @param after the {@code after} parameter of this page's request
	 */
	public static void addTo(Model model, @Nullable QueueCursor next, @Nullable String after) {
		addTo(model, next == null ? null : next.token(), after != null);
	}

	/**
	 * @param next where the next page starts, as its request parameter
	 * @param laterPage whether this page was asked for after another
	 */
	public static void addTo(Model model, @Nullable String next, boolean laterPage) {
		model.addAttribute("next", next);
		model.addAttribute("paged", laterPage);
	}
}
