package vn.motcua.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Entries of one record type written straight into the trail, numbered far beyond the chain's head and
 * with blank hashes: for a transaction that is rolled back, as the trail keeps no deletes.
 */
public final class SyntheticAuditEntries {

	/** Beyond any head a test run reaches, so that the chain's own appends never meet these numbers. */
	public static final long FIRST_SEQUENCE = 3_000_000_000_000L;

	private SyntheticAuditEntries() {
	}

	/**
	 * Writes {@code count} entries numbered from {@link #FIRST_SEQUENCE}, record ids {@code c-0} onwards,
	 * entry i occurring at {@code occurredAt(i)}.
	 */
	public static void insert(JdbcTemplate jdbc, String recordType, int count, IntFunction<Instant> occurredAt) {
		jdbc.batchUpdate("INSERT INTO audit_entry (sequence_number, id, occurred_at, recorded_at, actor, action, "
				+ "record_type, record_id, summary, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				IntStream.range(0, count).mapToObj(i -> {
					var when = occurredAt.apply(i).atOffset(ZoneOffset.UTC);
					return new Object[] { FIRST_SEQUENCE + i, UUID.randomUUID(), when, when, "probe", "probe.synthetic",
						recordType, "c-" + i, "synthetic", "0".repeat(64), "0".repeat(64) };
				}).toList());
	}
}
