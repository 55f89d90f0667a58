package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one form of a date-time in the API, docs/decisions/0021-times-in-the-api.md. */
class ApiTimeTests {

	@Test
	void anInstantIsWrittenInVietnamsTimeWithItsOffset() {
		assertThat(ApiTime.write(Instant.parse("2026-03-31T16:30:00Z"))).isEqualTo("2026-03-31T23:30:00+07:00");
		assertThat(ApiTime.write(Instant.parse("2026-03-31T16:30:00.123456Z")))
			.isEqualTo("2026-03-31T23:30:00.123456+07:00");
	}

	@Test
	void aLocalTimeIsWrittenAsVietnamsWallClockWithItsOffset() {
		assertThat(ApiTime.write(LocalDateTime.parse("2026-03-31T23:30"))).isEqualTo("2026-03-31T23:30:00+07:00");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-03-31T23:30:00+07:00       | 2026-03-31T23:30
			2026-03-31T16:30:00Z            | 2026-03-31T23:30
			2026-03-31T16:30:00z            | 2026-03-31T23:30
			2026-04-01T01:30:00+09:00       | 2026-03-31T23:30
			2026-03-31T23:30:00             | 2026-03-31T23:30
			2026-03-31T23:30                | 2026-03-31T23:30
			2026-03-31T23:30:00.5-05:00     | 2026-04-01T11:30:00.5
			2026-03-31T23:30:00+0700        | 2026-03-31T23:30
			2026-03-31T23:30+0700           | 2026-03-31T23:30
			2026-03-31T23:30:00 07:00       | 2026-03-31T23:30
			2026-03-31T23:30:00 0700        | 2026-03-31T23:30
			""")
	void anyOffsetIsReadAsVietnamsTimeAndNoneAsVietnamsTimeAlready(String written, LocalDateTime vietnam) {
		assertThat(ApiTime.readLocal(written)).isEqualTo(vietnam);
		assertThat(ApiTime.readInstant(written)).isEqualTo(vietnam.atZone(VietnamTime.ZONE).toInstant());
	}

	@Test
	void whatItWritesItReadsBackUnchanged() {
		Instant instant = Instant.parse("2026-03-31T16:30:00.123456789Z");
		LocalDateTime local = LocalDateTime.parse("2026-12-07T09:00:00.5");
		assertThat(ApiTime.readInstant(ApiTime.write(instant))).isEqualTo(instant);
		assertThat(ApiTime.readLocal(ApiTime.write(local))).isEqualTo(local);
	}

	@Test
	void aDateAloneOrAnythingElseIsNoDateTime() {
		for (String text : new String[] { "2026-03-31", "31/03/2026 23:30", "2026-03-31T23:30:00 7",
				"2026-03-31 23:30:00", "" }) {
			assertThatExceptionOfType(DateTimeException.class).as(text).isThrownBy(() -> ApiTime.readLocal(text));
		}
	}
}
