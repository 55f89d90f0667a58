package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * Biểu 06's period form without JavaScript: it came prefilled with the month's number (12), so
 * choosing a quarter, 6 months, 9 months or the year and applying gave an error page.
 */
@WebTest
class ReportPeriodFormTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "HALF_YEAR, 15/12/2024, 14/06/2025", "NINE_MONTHS, 15/12/2024, 14/09/2025",
			"YEAR, 15/12/2024, 14/12/2025" })
	void aPresetThatAYearHasOnceIgnoresTheNumber(String preset, String from, String to) {
		assertThat(mvc.get().uri("/reports/procedure-handling?preset={p}&year=2025&number=12", preset).with(leader()))
			.hasStatusOk().bodyText()
			.contains("Từ ngày " + from + " đến ngày " + to)
			.contains("<option value=\"" + preset + "\" selected=\"selected\"")
			.doesNotContain("không hợp lệ");
	}

	@Test
	void aNumberOutOfTheQuartersIsExplainedBesideItsFieldAndKept() {
		assertThat(mvc.get().uri("/reports/procedure-handling?preset=QUARTER&year=2025&number=12").with(leader()))
			.hasStatusOk().bodyText()
			.contains("id=\"number-error\"")
			.contains("Số thứ tự kỳ 12 không hợp lệ: tháng từ 1 đến 12, quý từ 1 đến 4.")
			.contains("aria-invalid=\"true\"")
			.contains("name=\"number\" min=\"1\" max=\"12\" value=\"12\"");
	}

	@Test
	void theNumberShownIsTheQuartersAfterAQuarterWasChosen() {
		assertThat(mvc.get().uri("/reports/procedure-handling?preset=QUARTER&year=2025&number=2").with(leader()))
			.hasStatusOk().bodyText()
			.contains("Từ ngày 15/03/2025 đến ngày 14/06/2025")
			.contains("<option value=\"QUARTER\" selected=\"selected\"")
			.contains("name=\"number\" min=\"1\" max=\"12\" value=\"2\"")
			.doesNotContain("id=\"number-error\"");
	}

	@Test
	void startingAfterTheEndIsExplainedBesideTheEndDate() {
		assertThat(mvc.get().uri("/reports/procedure-handling?from=2025-06-30&to=2025-06-01").with(leader()))
			.hasStatusOk().bodyText()
			.contains("id=\"to-error\"")
			.contains("Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.")
			.contains("value=\"2025-06-01\"");
	}

	private static RequestPostProcessor leader() {
		return httpBasic("leader", DemoAccounts.PASSWORD);
	}
}
