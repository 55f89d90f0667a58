package vn.motcua.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;

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

	/** Writes {@code count} entries numbered from {@link #FIRST_SEQUENCE}, record ids {@code c-0} onwards. */
	public static void insert(JdbcTemplate jdbc, String recordType, int count, Instant occurredAt) {
		var when = occurredAt.atOffset(ZoneOffset.UTC);
		jdbc.batchUpdate("INSERT INTO audit_entry (sequence_number, id, occurred_at, recorded_at, actor, action, "
				+ "record_type, record_id, summary, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				Stream.iterate(0, i -> i + 1).limit(count).map(i -> new Object[] { FIRST_SEQUENCE + i,
					UUID.randomUUID(), when, when, "probe", "probe.synthetic", recordType, "c-" + i, "synthetic",
					"0".repeat(64), "0".repeat(64) }).toList());
	}
}
