package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The times of the API's answers as the tests read them (docs/decisions/0021-times-in-the-api.md). */
public final class ApiTimes {

	private ApiTimes() {
	}

	/** Vietnam's wall-clock time of a date-time the API wrote, which must carry Vietnam's offset. */
	public static LocalDateTime vietnamTime(String written) {
		assertThat(written).as("a time of the API").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+07:00");
		return OffsetDateTime.parse(written).toLocalDateTime();
	}
}
