package vn.motcua.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The public dashboard of a visitor who is not signed in is kept and handed to the next such visitor
 * with the same choices and language, without its figures being asked for again; a signed-in user's
 * page is rendered for them and never handed to anyone else. (The other tests keep nothing: their
 * cache time is zero.)
 */
@WebTest
@TestPropertySource(properties = "motcua.reporting.public-dashboard.cache-for=1m")
class DashboardPagesTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoSpyBean
	DashboardFigures figures;

	/** A period of its own, so that no other test has made this page. */
	static String aPage() {
		LocalDate from = LocalDate.of(2024, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(600));
		return "/transparency?from=" + from + "&to=" + from.plusDays(30);
	}

	@Test
	void aVisitorGetsThePageAnotherVisitorMadeWithoutItBeingMadeAgain() {
		String page = aPage();
		String first = body(mvc.get().uri(page).exchange());
		clearInvocations(figures);

		String second = body(mvc.get().uri(page).exchange());

		// nothing of the visitor who made it: no session's form token
		assertThat(second).isEqualTo(first).contains("/login").doesNotContain("_csrf");
		verifyNoInteractions(figures);
	}

	@Test
	void aSignedInUsersPageIsMadeForThemAndHandedToNobodyElse() {
		String page = aPage();
		String visitors = body(mvc.get().uri(page).exchange());

		String leaders = body(mvc.get().uri(page).with(httpBasic("leader", DemoAccounts.PASSWORD)).exchange());
		String nextVisitors = body(mvc.get().uri(page).exchange());

		assertThat(leaders).contains("/logout").doesNotContain("href=\"/login\"");
		assertThat(nextVisitors).isEqualTo(visitors).doesNotContain("/logout");
	}

	@Test
	void eachLanguageHasItsOwnPage() {
		String page = aPage();
		String vietnamese = body(mvc.get().uri(page).exchange());
		String english = body(mvc.get().uri(page).cookie(new Cookie("motcua-lang", "en")).exchange());

		assertThat(vietnamese).contains("lang=\"vi\"");
		assertThat(english).contains("lang=\"en\"");
		assertThat(body(mvc.get().uri(page).exchange())).isEqualTo(vietnamese);
	}

	/** The language switch repeats the page's query: a parameter the figures ignore stays on its own page. */
	@Test
	void aParameterTheFiguresIgnoreReachesNoOtherVisitor() {
		String page = aPage();
		body(mvc.get().uri(page + "&campaign=somewhere").exchange());

		assertThat(body(mvc.get().uri(page).exchange())).doesNotContain("campaign");
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/html");
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}
}
