package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

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

	/** The values an export also writes to its workbook, as the pages print them. */
	@Test
	void writesALineOfTypedValues() {
		assertThat(CsvField.line(Arrays.asList("=1+1", 3, LocalDate.of(2026, 3, 31), LocalDateTime.of(2026, 3, 31, 23, 30),
				Instant.parse("2026-03-31T16:30:00Z"), null)))
			.isEqualTo("\"'=1+1\",\"3\",\"31/03/2026\",\"23:30 31/03/2026\",\"23:30 31/03/2026\",\r\n");
	}
}
