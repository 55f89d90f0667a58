package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.WebTest;

/**
 * Links in pages: the webjar script is still rewritten to its versioned path (so that a new htmx is
 * never served from a browser's cache of the old one) and is served; other links stay as written.
 */
@WebTest
class PageLinksTests {

	static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js)\"");

	@Autowired
	MockMvcTester mvc;

	@Test
	void theWebjarLinkCarriesItsVersionAndOtherLinksStayAsWritten() throws Exception {
		String page = mvc.get().uri("/procedures").exchange().getResponse().getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);

		Matcher htmx = HTMX.matcher(page);
		assertThat(htmx.find()).as("the versioned htmx path in %s", page).isTrue();
		assertThat(mvc.get().uri(htmx.group(1))).hasStatusOk().bodyText().contains("htmx");
		assertThat(page).contains("href=\"/css/app.css\"").contains("href=\"/procedures?");
	}
}
