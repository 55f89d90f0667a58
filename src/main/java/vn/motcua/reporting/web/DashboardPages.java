package vn.motcua.reporting.web;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The public dashboard as rendered for visitors who are not signed in, kept as long as its figures
 * ({@code motcua.reporting.public-dashboard.cache-for}). Such a page depends only on the choices in its
 * address, the language and the day, and rendering it cost about 10 ms of CPU: under a crowd that was
 * the page's whole cost. A signed-in user's page names them, so it is always rendered for them. The
 * figures a kept page shows are at most twice the cache time old.
 */
@Component
class DashboardPages {

	/** Different choices kept at once; beyond this the least used are dropped. */
	private static final int MOST_KEPT = 200;

	private final Cache<Key, byte[]> pages;

	DashboardPages(@Value("${motcua.reporting.public-dashboard.cache-for:PT1M}") Duration cacheFor) {
		this.pages = Caffeine.newBuilder().expireAfterWrite(cacheFor).maximumSize(MOST_KEPT).build();
	}

	/** The page kept for these choices, if any. */
	Optional<View> kept(Key key) {
		return Optional.ofNullable(pages.getIfPresent(key)).map(KeptPage::new);
	}

	/** The view, rendering as usual, then keeping what it wrote when it succeeded. */
	View keeping(View view, Key key) {
		return new KeepingView(view, key);
	}

	/**
	 * What decides an anonymous visitor's page: its address's whole query, not only the choices the
	 * figures read, since the language switch repeats it (a parameter the figures ignore must not reach
	 * another visitor's page).
	 */
	record Key(@Nullable String query, Locale locale, LocalDate today) {
	}

	private final class KeepingView implements View {

		private final View view;
		private final Key key;

		KeepingView(View view, Key key) {
			this.view = view;
			this.key = key;
		}

		@Override
		public @Nullable String getContentType() {
			return view.getContentType();
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws Exception {
			var written = new ContentCachingResponseWrapper(response);
			view.render(model, request, written);
			if (written.getStatus() == HttpServletResponse.SC_OK) {
				pages.put(key, written.getContentAsByteArray());
			}
			written.copyBodyToResponse();
		}
	}

	private record KeptPage(byte[] body) implements View {

		@Override
		public String getContentType() {
			return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
		}

		@Override
		public void render(@Nullable Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			response.setContentType(getContentType());
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
		}
	}
}
