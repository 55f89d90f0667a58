package vn.motcua.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.LocalDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.shared.VietnamTime;
import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.MutableClock;
import vn.motcua.testing.WebTest;

/**
 * The ratings statistics and the satisfaction report default to one period, the statutory reporting
 * month that holds today: the statistics counted from 1 January, so a leader comparing the two default
 * views saw different numbers.
 */
@WebTest
@Import(MutableClock.Configuration.class)
class StatisticsDefaultPeriodTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void backToTheRealTime() {
		clock.reset();
	}

	@ParameterizedTest(name = "at {0}")
	@CsvSource({ "2026-03-14T23:59, 2026-02-15, 2026-03-14", "2026-03-15T00:00, 2026-03-15, 2026-04-14",
			"2026-12-20T10:00, 2026-12-15, 2027-01-14" })
	void bothApisDefaultToTheStatutoryMonth(LocalDateTime now, String from, String to) {
		clock.set(now.atZone(VietnamTime.ZONE).toInstant());
		for (String api : new String[] { "/api/v1/ratings/statistics", "/api/v1/reports/satisfaction" }) {
			var json = assertThat(mvc.get().uri(api).with(leader())).hasStatusOk().bodyJson();
			json.extractingPath("$.query.from").isEqualTo(from);
			json.extractingPath("$.query.to").isEqualTo(to);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/ratings/statistics", "/reports/satisfaction" })
	void bothPagesShowTheDefaultPeriod(String page) {
		clock.set(LocalDateTime.parse("2026-03-20T10:00").atZone(VietnamTime.ZONE).toInstant());
		assertThat(mvc.get().uri(page).with(leader())).hasStatusOk().bodyText()
			.contains("Từ ngày 15/03/2026 đến ngày 14/04/2026")
			.contains("value=\"2026-03-15\"").contains("value=\"2026-04-14\"");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/ratings/statistics", "/api/v1/reports/satisfaction" })
	void anExplicitPeriodIsKept(String api) {
		clock.set(LocalDateTime.parse("2026-03-20T10:00").atZone(VietnamTime.ZONE).toInstant());
		var json = assertThat(mvc.get().uri(api + "?from=2026-01-01&to=2026-06-30").with(leader())).hasStatusOk()
			.bodyJson();
		json.extractingPath("$.query.from").isEqualTo("2026-01-01");
		json.extractingPath("$.query.to").isEqualTo("2026-06-30");
	}

	private static RequestPostProcessor leader() {
		return httpBasic("leader", DemoAccounts.PASSWORD);
	}
}
