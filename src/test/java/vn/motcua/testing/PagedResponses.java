package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** Reading the answers of the lists read a page at a time: their text, and where the next page is. */
public final class PagedResponses {

	private static final Pattern NEXT_LINK = Pattern.compile("<a[^>]*rel=\"next\"[^>]*href=\"([^\"]+)\"");

	private PagedResponses() {
	}

	/** The body as UTF-8, whatever the response's declared character set (JSON declares none). */
	public static String utf8(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/** The address in the {@code Link} header ({@code rel="next"}), or null on the last page. */
	public static @Nullable String nextPage(MvcTestResult result) {
		String link = result.getResponse().getHeader(HttpHeaders.LINK);
		return link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
	}

	/**
	 * Every page of a paged list as one text: the API's pages by their Link header, a page's by its
	 * link to the next page, as a reader would follow them (a list in which a new line is not on the
	 * first page: the soonest due first, or an applicant with more dossiers than a page since).
	 */
	public static String allPages(MockMvcTester mvc, String uri, RequestPostProcessor reader) {
		StringBuilder text = new StringBuilder();
		String next = uri;
		while (next != null) {
			MvcTestResult page = mvc.get().uri(next).with(reader).exchange();
			assertThat(page).as(next).hasStatusOk();
			String body = utf8(page);
			text.append(body);
			String link = nextPage(page);
			Matcher inPage = NEXT_LINK.matcher(body);
			next = link != null ? link : inPage.find() ? HtmlUtils.htmlUnescape(inPage.group(1)) : null;
		}
		return text.toString();
	}
}
