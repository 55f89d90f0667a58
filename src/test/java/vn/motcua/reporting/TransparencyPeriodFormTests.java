package vn.motcua.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import vn.motcua.testing.DemoAccounts;
import vn.motcua.testing.WebTest;

/**
 * The public dashboard's period form: a period that ends before it starts gave a 400 page; it is
 * explained beside the end date in the visitor's language, what was typed kept, above the current
 * month's figures. The API says the same as an RFC 9457 problem.
 */
@WebTest
class TransparencyPeriodFormTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.
			en | The start date must not be after the end date.
			""")
	void startingAfterTheEndIsExplainedBesideTheEndDate(String language, String message) {
		assertThat(mvc.get().uri("/transparency?from=2025-06-30&to=2025-06-01&lang={l}", language))
			.hasStatusOk().bodyText()
			.contains("<p class=\"field-error\" id=\"to-error\">" + message + "</p>")
			.contains("name=\"from\" value=\"2025-06-30\"")
			.contains("name=\"to\" value=\"2025-06-01\"")
			.contains("aria-invalid=\"true\" aria-describedby=\"to-error\"")
			.contains("id=\"figures-period\"");
	}

	@Test
	void aPresetNumberOutOfRangeIsSaidAboveTheForm() {
		assertThat(mvc.get().uri("/transparency?preset=MONTH&number=13"))
			.hasStatusOk().bodyText()
			.contains("role=\"alert\">Số thứ tự kỳ 13 không hợp lệ: tháng từ 1 đến 12, quý từ 1 đến 4.</p>")
			.contains("id=\"figures-period\"");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			vi | Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.
			en | The start date must not be after the end date.
			""")
	void theApiAnswersAProblemThatSaysWhy(String language, String detail) {
		var answer = assertThat(mvc.get().uri("/api/v1/reports/procedure-handling?from=2025-06-30&to=2025-06-01")
			.with(httpBasic("leader", DemoAccounts.PASSWORD)).locale(Locale.forLanguageTag(language))
			.header("Accept-Language", language).accept(MediaType.APPLICATION_JSON));
		answer.hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		answer.bodyJson().extractingPath("$.detail").isEqualTo(detail);
	}
}
