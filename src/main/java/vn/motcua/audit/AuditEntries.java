package vn.motcua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.VietnamTime;

/**
 * The tables {@code audit_entry} and {@code audit_chain_head}. Only inserts entries: there is no
 * code path that updates or deletes one (and on PostgreSQL a trigger refuses both).
 */
@Repository
class AuditEntries {

	private static final String COLUMNS = "sequence_number, id, occurred_at, recorded_at, actor, action, record_type, "
			+ "record_id, summary, previous_hash, hash";
	private static final String HEAD = "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The head, locked until the current transaction ends, so that appends take turns. */
	ChainHead lockHead() {
		return head(HEAD + " FOR UPDATE");
	}

	ChainHead head() {
		return head(HEAD);
	}

	private ChainHead head(String query) {
		return jdbc.sql(query).query((rs, row) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
	}

	/** Adds the entry and moves the head to it; the caller holds the head's lock. */
	void append(AuditEntry entry) {
		jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.sequence(), entry.id(), utc(entry.occurredAt()), utc(entry.recordedAt()), entry.actor(),
					entry.action(), entry.recordType(), entry.recordId(), entry.summary(), entry.previousHash(),
					entry.hash())
			.update();
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(entry.sequence(), entry.hash())
			.update();
	}

	/** Entries after {@code afterSequence} up to {@code lastSequence}, in order, at most {@code limit}. */
	List<AuditEntry> chainPart(long afterSequence, long lastSequence, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence_number > ? AND sequence_number <= ? "
				+ "ORDER BY sequence_number LIMIT ?")
			.params(afterSequence, lastSequence, limit)
			.query(AuditEntries::entry)
			.list();
	}

	List<AuditEntry> search(AuditFilter filter, int page, int size) {
		Criteria criteria = Criteria.of(filter);
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + criteria.where()
				+ " ORDER BY sequence_number DESC LIMIT :limit OFFSET :offset")
			.params(criteria.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(AuditEntries::entry)
			.list();
	}

	long count(AuditFilter filter) {
		Criteria criteria = Criteria.of(filter);
		return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + criteria.where())
			.params(criteria.params())
			.query(Long.class)
			.single();
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence_number"), rs.getObject("id", UUID.class),
				instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("summary"),
				rs.getString("previous_hash"), rs.getString("hash"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The WHERE clause of a filter, with named parameters. */
	private record Criteria(List<String> conditions, Map<String, Object> params) {

		static Criteria of(AuditFilter filter) {
			var criteria = new Criteria(new ArrayList<>(), new LinkedHashMap<>());
			criteria.add("record_type = :recordType", "recordType", filter.recordType());
			criteria.add("record_id = :recordId", "recordId", filter.recordId());
			criteria.add("actor = :actor", "actor", filter.actor());
			criteria.add("occurred_at >= :from", "from", startOf(filter.from()));
			criteria.add("occurred_at < :to", "to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
			return criteria;
		}

		/** Days are Vietnam's civil days, whatever the server's zone. */
		private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
			return day == null ? null : utc(day.atStartOfDay(VietnamTime.ZONE).toInstant());
		}

		void add(String condition, String name, @Nullable Object value) {
			if (value != null) {
				conditions.add(condition);
				params.put(name, value);
			}
		}

		String where() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}
	}
}
