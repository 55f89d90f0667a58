package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("rule")
class TimeOrderedIdsTests {

	@Test
	void aKeyIsAVersion7UuidStampedWithTheTimeItWasMade() {
		long before = System.currentTimeMillis();
		UUID key = TimeOrderedIds.next();
		long after = System.currentTimeMillis();

		assertThat(key.version()).isEqualTo(7);
		assertThat(key.variant()).isEqualTo(2); // RFC 9562's variant
		assertThat(key.getMostSignificantBits() >>> 16).isBetween(before, after);
	}

	/** PostgreSQL orders UUIDs byte by byte, as their canonical text sorts. */
	@Test
	void keysSortInTheOrderTheyWereMadeEvenWithinOneMillisecond() {
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			keys.add(TimeOrderedIds.next().toString());
		}
		assertThat(keys).isSorted().doesNotHaveDuplicates();
	}
}
