package vn.motcua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Decision 0050: the bearer key a metrics scraper presents. */
class MetricsScrapeKeyTests {

	private static final String KEY = "k".repeat(MetricsScrapeKey.MIN_LENGTH);

	@Test
	void theConfiguredKeyIsTakenAsABearerTokenWhateverTheSchemesCase() {
		var scrapeKey = new MetricsScrapeKey(" " + KEY + "\n");

		assertThat(scrapeKey.isPresentedBy(presenting("Bearer " + KEY))).isTrue();
		assertThat(scrapeKey.isPresentedBy(presenting("bearer " + KEY))).isTrue();
	}

	@Test
	void anythingElseIsRefused() {
		var scrapeKey = new MetricsScrapeKey(KEY);

		assertThat(scrapeKey.isPresentedBy(presenting(null))).isFalse();
		assertThat(scrapeKey.isPresentedBy(presenting("Bearer " + KEY.substring(1)))).isFalse();
		assertThat(scrapeKey.isPresentedBy(presenting("Basic " + KEY))).isFalse();
		assertThat(scrapeKey.isPresentedBy(presenting(KEY))).isFalse();
	}

	@Test
	void withoutAKeyConfiguredNoneIsTaken() {
		var none = new MetricsScrapeKey("  ");

		assertThat(none.isPresentedBy(presenting("Bearer "))).isFalse();
		assertThat(none.isPresentedBy(presenting("Bearer " + KEY))).isFalse();
	}

	@Test
	void aShortKeyStopsTheStartWithTheSettingNamed() {
		assertThatIllegalStateException().isThrownBy(() -> new MetricsScrapeKey(KEY.substring(1)))
			.withMessageContaining("MOTCUA_METRICS_SCRAPE_KEY");
	}

	private static MockHttpServletRequest presenting(String authorization) {
		var request = new MockHttpServletRequest("GET", "/actuator/prometheus");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}
}
