package vn.motcua.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import vn.motcua.testing.OfficerPages;
import vn.motcua.testing.PagedResponses;
import vn.motcua.testing.WebTest;

/**
 * The demo agency has one public publication, on the portal and in the API, and one to its officers,
 * unknown to the public; loading the demo again loads nothing twice.
 */
@WebTest
class DisclosureDemoTests {

	@Autowired
	MockMvcTester mvc;
	@Autowired
	DemoDisclosures demo;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoAgencyHasOnePublicAndOneStaffPublication() {
		MvcTestResult list = mvc.get().uri("/api/v1/disclosures?category=BUDGET&size=200").exchange();
		List<String> ids = JsonPath.read(PagedResponses.utf8(list),
				"$[?(@.title == '%s')].id".formatted(DemoDisclosures.PUBLIC_TITLE));
		assertThat(ids).as("one demo publication").hasSize(1);
		assertThat(mvc.get().uri("/disclosures/{id}", ids.get(0))).hasStatusOk().bodyText()
			.contains(DemoDisclosures.PUBLIC_TITLE);
		assertThat(PagedResponses.utf8(mvc.get().uri("/api/v1/disclosures?size=200").exchange()))
			.doesNotContain(DemoDisclosures.STAFF_TITLE);
		assertThat(mvc.get().uri("/work/disclosures").with(OfficerPages.as("desk"))).bodyText()
			.contains(DemoDisclosures.STAFF_TITLE).contains(DemoDisclosures.PUBLIC_TITLE);
	}

	@Test
	void aSecondStartLoadsNothingTwice() {
		demo.run(new DefaultApplicationArguments());
		for (String title : List.of(DemoDisclosures.PUBLIC_TITLE, DemoDisclosures.STAFF_TITLE)) {
			assertThat(jdbc.sql("SELECT COUNT(*) FROM disclosure WHERE title = ?").param(title).query(Long.class).single())
				.as(title).isEqualTo(1);
		}
	}
}
