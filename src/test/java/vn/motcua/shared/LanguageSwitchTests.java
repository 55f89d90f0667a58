package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.ui.ModelMap;

import vn.motcua.testing.WebTest;

/**
 * The language switch leads to the page itself in the other language: a search keeps its words and
 * filters, and a form shown again after a POST leads to a page that a GET answers.
 */
@WebTest
class LanguageSwitchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LayoutModel layout;

	@Test
	void aSearchKeepsItsQueryWithoutTheLanguageAskedBefore() {
		assertThat(mvc.get().uri("/procedures?q=điện lực&lang=en&sector=DIEN"))
			.hasStatusOk().bodyText()
			.contains("href=\"/procedures?q=%C4%91i%E1%BB%87n+l%E1%BB%B1c&amp;sector=DIEN&amp;lang=vi\"")
			.contains("href=\"/procedures?q=%C4%91i%E1%BB%87n+l%E1%BB%B1c&amp;sector=DIEN&amp;lang=en\"");
		assertThat(mvc.get().uri("/procedures?saved")).as("a parameter without a value")
			.hasStatusOk().bodyText().contains("href=\"/procedures?saved=&amp;lang=en\"");
	}

	@Test
	void whatTheQueryHeldStaysAnEncodedValue() {
		assertThat(mvc.get().uri("/procedures").param("q", "\"><script>alert(1)</script>"))
			.hasStatusOk().bodyText()
			.contains("href=\"/procedures?q=%22%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E&amp;lang=en\"")
			.doesNotContain("<script>alert");
		assertThat(target(new MockHttpServletRequest("GET", "//evil.example/procedures"))).isEqualTo("/evil.example/procedures");
	}

	/** POST /petitions answers no GET: the switch leads to the form the petition was sent from. */
	@Test
	void aFormShownAgainAfterAPostLeadsToThePageItWasSentFrom() {
		assertThat(mvc.post().uri("/petitions").with(csrf()).param("kind", "QUESTION")
			.header(HttpHeaders.REFERER, "http://localhost/petitions/new?kind=QUESTION&lang=vi"))
			.hasStatusOk().bodyText()
			.contains("href=\"/petitions/new?kind=QUESTION&amp;lang=en\"");
	}

	@Test
	void withoutThePageItWasSentFromTheNearestPageAGetAnswers() {
		assertThat(target(post("/register", null))).as("a form that a GET answers").isEqualTo("/register");
		assertThat(target(post("/work/dossiers/000.00.31.H55-261206-0001/forward", null))).as("an action on a dossier")
			.isEqualTo("/work/dossiers/000.00.31.H55-261206-0001");
		assertThat(target(post("/petitions", null))).as("nothing above but the home page").isEqualTo("/");
		assertThat(target(post("/petitions", "https://evil.example/petitions/new"))).as("another site").isEqualTo("/");
		assertThat(target(post("/petitions", "http://localhost/petitions"))).as("a page no GET answers").isEqualTo("/");
	}

	private static MockHttpServletRequest post(String path, String referer) {
		var request = new MockHttpServletRequest("POST", path);
		if (referer != null) {
			request.addHeader(HttpHeaders.REFERER, referer);
		}
		return request;
	}

	private String target(MockHttpServletRequest request) {
		ModelMap model = new ModelMap();
		layout.contribute(request, model);
		return (String) model.get("languageSwitchTarget");
	}
}
