package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/** Health with the database, metrics for Prometheus, and the OpenAPI document. */
@WebTest
class OperationsTests {

	@Autowired
	MockMvcTester mvc;

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

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		assertThat(mvc.get().uri("/v3/api-docs")).hasStatusOk().bodyJson().extractingPath("$.paths").asMap()
			.containsKey("/api/v1/me")
			.containsKey("/api/v1/account");
	}
}
