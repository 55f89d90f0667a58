package vn.motcua.disclosure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The officers' confirmations that they read a staff publication ("đã xem"): one per officer, the
 * first kept, so that a second click (or two at once) records nothing more.
 */
@Component
class DisclosureReadings {

	private final JdbcClient jdbc;

	DisclosureReadings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether this confirmation is the officer's first */
	boolean confirm(UUID disclosureId, UUID accountId, Instant now) {
		return jdbc.sql("""
				INSERT INTO disclosure_reading (disclosure_id, account_id, read_at) VALUES (?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(disclosureId, accountId, now.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	boolean hasRead(UUID disclosureId, UUID accountId) {
		return jdbc.sql("SELECT COUNT(*) FROM disclosure_reading WHERE disclosure_id = ? AND account_id = ?")
			.params(disclosureId, accountId).query(Long.class).single() > 0;
	}

	/** When each officer who confirmed reading it did so, by account. */
	Map<UUID, Instant> of(UUID disclosureId) {
		Map<UUID, Instant> read = new HashMap<>();
		jdbc.sql("SELECT account_id, read_at FROM disclosure_reading WHERE disclosure_id = ?").param(disclosureId)
			.query(rs -> {
				read.put(rs.getObject("account_id", UUID.class), rs.getObject("read_at", OffsetDateTime.class).toInstant());
			});
		return read;
	}
}
