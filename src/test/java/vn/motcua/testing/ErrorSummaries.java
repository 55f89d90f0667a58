package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A refused form's error summary (fragments/forms :: summary), its links followed as a browser would. */
public final class ErrorSummaries {

	private ErrorSummaries() {
	}

	/** The element each link of the page's error summary leads to, after checking that every one leads somewhere. */
	public static List<Element> linkTargets(MvcTestResult page) throws UnsupportedEncodingException {
		assertThat(page).hasStatusOk();
		Document html = Jsoup.parse(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
		List<Element> links = html.select("div.notice--error li > a[href^=#]");
		assertThat(links).as("the summary's links").isNotEmpty();
		return links.stream().map(link -> {
			Element target = html.getElementById(link.attr("href").substring(1));
			assertThat(target).as("the element %s leads to", link.attr("href")).isNotNull();
			return target;
		}).toList();
	}
}
