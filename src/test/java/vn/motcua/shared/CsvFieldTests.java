package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RFC 4180 quoting of the exports' fields, and text a spreadsheet would run as a formula neutralised. */
class CsvFieldTests {

	@Test
	void quotesDoublesQuotesAndNeutralisesFormulas() {
		assertThat(CsvField.quote(null)).isEmpty();
		assertThat(CsvField.quote("")).isEqualTo("\"\"");
		assertThat(CsvField.quote("Nguyễn Văn \"Út\", Quảng Ngãi")).isEqualTo("\"Nguyễn Văn \"\"Út\"\", Quảng Ngãi\"");
		assertThat(CsvField.quote("dòng 1\r\ndòng 2")).isEqualTo("\"dòng 1\r\ndòng 2\"");
		for (String formula : new String[] { "=1+1", "+84905", "-2", "@SUM(A1)" }) {
			assertThat(CsvField.quote(formula)).as(formula).isEqualTo("\"'" + formula + "\"");
		}
		assertThat(CsvField.quote("a=1")).isEqualTo("\"a=1\"");
	}
}
