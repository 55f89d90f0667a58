package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletConfig;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.ServletRequestHandledEvent;
import org.springframework.web.servlet.DispatcherServlet;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/** Health with the database, metrics for Prometheus, the OpenAPI document, and what a request costs besides its work. */
@WebTest
@RecordApplicationEvents
class OperationsTests {

	/** As src/test/resources/config/application.properties sets it. */
	private static final String SCRAPE_KEY = "test-scrape-key-of-thirty-two-characters-or-more";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	@Test
	void healthIsPublicAndItsDetailsNameTheDatabaseForAdministrators() {
		assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
		assertThat(mvc.get().uri("/actuator/health").with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.bodyJson().extractingPath("$.components.db.status").isEqualTo("UP");
	}

	@Test
	void prometheusMetricsAreForAdministratorsOnly() {
		assertThat(mvc.get().uri("/actuator/prometheus").with(httpBasic("admin", DemoAccounts.PASSWORD)))
			.hasStatusOk().bodyText().contains("jvm_memory_used_bytes").contains("http_server_requests");
		assertThat(mvc.get().uri("/actuator/prometheus")).hasStatus(401);
	}

	/** Decision 0050: the scraper's key opens the metrics and nothing else; a wrong key is no key. */
	@Test
	void aScraperReadsTheMetricsWithTheScrapeKeyAndNothingElse() {
		assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_KEY))
			.hasStatusOk().bodyText().contains("jvm_memory_used_bytes");
		assertThat(mvc.get().uri("/actuator/prometheus").header("Authorization", "Bearer " + SCRAPE_KEY + "x"))
			.hasStatus(401);
		assertThat(mvc.get().uri("/actuator/info").header("Authorization", "Bearer " + SCRAPE_KEY)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + SCRAPE_KEY)).hasStatus(401);
		assertThat(mvc.get().uri("/actuator/health").header("Authorization", "Bearer " + SCRAPE_KEY))
			.hasStatusOk().bodyJson().doesNotHavePath("$.components");
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("$.paths").asMap()
			.containsKey("/api/v1/me")
			.containsKey("/api/v1/account");
	}

	/**
	 * A local time (the status look-up's appointment) and an instant (an applicant's dossier submitted)
	 * are both RFC 3339 date-times with an offset, and every date-time shows Vietnam's.
	 */
	@Test
	void theOpenApiDocumentShowsEveryDateTimeInVietnamsTime() throws Exception {
		String document = mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString();
		Map<String, Object> dateTime = Map.of("type", "string", "format", "date-time", "example",
				"2026-03-31T23:30:00+07:00");

		assertThat(JsonPath.<Map<String, Object>>read(document, "$.components.schemas.StatusResponse.properties.appointmentAt"))
			.isEqualTo(dateTime);
		assertThat(JsonPath.<Map<String, Object>>read(document, "$.components.schemas.DossierSummary.properties.submittedAt"))
			.isEqualTo(dateTime);
		assertThat(JsonPath.<List<Map<String, Object>>>read(document, "$..[?(@.format == 'date-time')]"))
			.hasSizeGreaterThan(30)
			.allSatisfy(schema -> assertThat(schema).containsEntry("example", "2026-03-31T23:30:00+07:00"));
	}

	/** No one listens to it, and publishing it after every request cost 2.6 % of a status look-up (bench/README.md). */
	@Test
	void aRequestHandledPublishesNoEvent(@Autowired DispatcherServlet servlet, @Autowired WebApplicationContext context)
			throws Exception {
		// MockMvc makes a servlet of its own, which does not take the setting: ask the system's own
		ServletContext servletContext = context.getServletContext();
		servlet.init(new MockServletConfig(servletContext));
		MockHttpServletResponse response = new MockHttpServletResponse();
		servlet.service(new MockHttpServletRequest(servletContext, "GET", "/api/v1/dossiers/unknown/status"), response);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(events.stream(ServletRequestHandledEvent.class)).isEmpty();
	}
}
