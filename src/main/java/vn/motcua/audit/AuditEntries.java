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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.Actor;
import vn.motcua.shared.Backlog;
import vn.motcua.shared.VietnamTime;

/**
 * The tables {@code audit_entry}, {@code audit_chain_head} and {@code audit_pending}. Only inserts
 * entries: there is no code path that updates or deletes one (and on PostgreSQL a trigger refuses
 * both). A pending entry is inserted once and deleted once, when it has been chained.
 */
@Repository
class AuditEntries {

	private static final String COLUMNS = "sequence_number, id, occurred_at, recorded_at, actor, action, record_type, "
			+ "record_id, summary, previous_hash, hash, agency_code";
	private static final String HEAD = "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1";
	private static final String PENDING_COLUMNS = "id, recorded_at, actor, occurred_at, action, record_type, record_id, "
			+ "summary, agency_code";

	private final JdbcClient jdbc;
	private final JdbcTemplate batches;

	AuditEntries(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
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

	/**
	 * Adds the entries, which follow the head in order, as one batch and moves the head to the last;
	 * the caller holds the head's lock.
	 */
	void append(List<AuditEntry> chained) {
		batches.batchUpdate("INSERT INTO audit_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				chained.stream().map(entry -> new Object[] { entry.sequence(), entry.id(), utc(entry.occurredAt()),
					utc(entry.recordedAt()), entry.actor(), entry.action(), entry.recordType(), entry.recordId(),
					entry.summary(), entry.previousHash(), entry.hash(), entry.agencyCode() }).toList());
		AuditEntry last = chained.get(chained.size() - 1);
		jdbc.sql("UPDATE audit_chain_head SET last_sequence = ?, last_hash = ? WHERE id = 1")
			.params(last.sequence(), last.hash())
			.update();
	}

	/** Writes a state change's entry to wait for the chain, in the change's transaction, without a lock. */
	void addPending(PendingEntry entry) {
		jdbc.sql("INSERT INTO audit_pending (" + PENDING_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.id(), utc(entry.recordedAt()), entry.actor().name(), utc(entry.occurredAt()), entry.action(),
					entry.recordType(), entry.recordId(), entry.summary(), entry.agencyCode())
			.update();
	}

	/** Whether any committed entry waits for the chain; read without the head's lock. */
	boolean anyPending() {
		return !jdbc.sql("SELECT arrival FROM audit_pending FETCH FIRST 1 ROWS ONLY").query(Long.class).list().isEmpty();
	}

	/** How many committed entries wait for the chain, and when the earliest of them was recorded. */
	Backlog pendingBacklog() {
		return jdbc.sql("SELECT COUNT(*) AS waiting, MIN(recorded_at) AS oldest FROM audit_pending")
			.query((rs, row) -> new Backlog(rs.getLong("waiting"), nullableInstant(rs, "oldest")))
			.single();
	}

	/** The committed entries waiting for the chain, in order of arrival, at most {@code limit}. */
	List<PendingEntry> pending(int limit) {
		return jdbc.sql("SELECT " + PENDING_COLUMNS + " FROM audit_pending ORDER BY arrival FETCH FIRST ? ROWS ONLY")
			.param(limit)
			.query((rs, row) -> new PendingEntry(rs.getObject("id", UUID.class), instant(rs, "recorded_at"),
					new Actor(rs.getString("actor")), instant(rs, "occurred_at"), rs.getString("action"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("summary"),
					rs.getString("agency_code")))
			.list();
	}

	/** Deletes pending entries that are now on the chain. */
	void removePending(List<UUID> ids) {
		jdbc.sql("DELETE FROM audit_pending WHERE id IN (:ids)").param("ids", ids).update();
	}

	/** Entries after {@code afterSequence} up to {@code lastSequence}, in order, at most {@code limit}. */
	List<AuditEntry> chainPart(long afterSequence, long lastSequence, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence_number > ? AND sequence_number <= ? "
				+ "ORDER BY sequence_number LIMIT ?")
			.params(afterSequence, lastSequence, limit)
			.query(AuditEntries::entry)
			.list();
	}

	/** The entries numbered up to {@code lastSequence}, the latest first, at most {@code limit}. */
	List<AuditEntry> upTo(long lastSequence, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE sequence_number <= ? "
				+ "ORDER BY sequence_number DESC LIMIT ?")
			.params(lastSequence, limit)
			.query(AuditEntries::entry)
			.list();
	}

	/**
	 * The matching entries after {@code skip} of them, at most {@code limit}: the latest first by
	 * sequence number, or, when the filter has a date, by when the change happened. A period's page read
	 * in sequence order walked the trail backwards from its newest entry down to the period (0.9 s for a
	 * week half a year back in three million entries, and more as the trail grows); in the order of the
	 * changes' times it is read from the index on that time, from the period's end (1 ms).
	 */
	List<AuditEntry> search(Criteria criteria, long skip, int limit) {
		String order = criteria.byTime() ? "occurred_at DESC, sequence_number DESC" : "sequence_number DESC";
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + criteria.where() + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset")
			.params(criteria.params())
			.param("limit", limit)
			.param("offset", skip)
			.query(AuditEntries::entry)
			.list();
	}

	/** How many entries match, counted up to {@code atMost}. */
	long count(Criteria criteria, long atMost) {
		return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entry" + criteria.where()
				+ " FETCH FIRST :atMost ROWS ONLY) matched")
			.params(criteria.params())
			.param("atMost", atMost)
			.query(Long.class)
			.single();
	}

	/**
	 * The filter as conditions on the values as they were written, which the indexes hold: officers type
	 * them in any case; and the reader's scope, when it is not the whole trail. A record type is read as
	 * the stored spellings it matches but for case; a record id as typed, in upper case (dossier, petition
	 * and agency codes) and in lower case (UUIDs).
	 */
	Criteria criteria(AuditFilter filter, AuditScope scope) {
		var criteria = new Criteria(new ArrayList<>(), new LinkedHashMap<>(),
				filter.from() != null || filter.to() != null);
		if (!scope.whole()) {
			criteria.limitTo(scope);
		}
		String type = filter.recordType();
		String id = filter.recordId();
		criteria.add("record_type IN (:recordTypes)", "recordTypes", type == null ? null : storedRecordTypes(type));
		criteria.add("record_id IN (:recordIds)", "recordIds", id == null ? null
				: Stream.of(id, id.toUpperCase(Locale.ROOT), id.toLowerCase(Locale.ROOT)).distinct().toList());
		criteria.add("actor = :actor", "actor", filter.actor());
		criteria.add("action = :action", "action", filter.action());
		criteria.add("occurred_at >= :from", "from", startOf(filter.from()));
		criteria.add("occurred_at < :to", "to", filter.to() == null ? null : startOf(filter.to().plusDays(1)));
		return criteria;
	}

	/**
	 * The record types as written that equal {@code typed} but for case (itself when none does), which
	 * officers type in any case ({@code dossier} for {@code Dossier}).
	 */
	private List<String> storedRecordTypes(String typed) {
		List<String> stored = jdbc.sql(distinct("record_type") + " AND LOWER(found) = LOWER(:typed)")
			.param("typed", typed)
			.query(String.class)
			.list();
		return stored.isEmpty() ? List.of(typed) : stored;
	}

	/** Every action the trail holds, in alphabetical order, for the filter to offer. */
	List<String> actions() {
		return jdbc.sql(distinct("action")).query(String.class).list();
	}

	/**
	 * The distinct values of a column that an index leads with, by a loose index scan: each step
	 * descends the index once, to the next value, so it reads as many index entries as there are values
	 * (a few dozen record types or actions), not the trail's millions. The column is one of ours, never
	 * typed by a user.
	 */
	private static String distinct(String column) {
		return """
				WITH RECURSIVE stored (found) AS (
				    SELECT MIN(%1$s) FROM audit_entry
				    UNION ALL
				    SELECT (SELECT MIN(later.%1$s) FROM audit_entry later WHERE later.%1$s > stored.found)
				    FROM stored WHERE stored.found IS NOT NULL)
				SELECT found FROM stored WHERE found IS NOT NULL""".formatted(column);
	}

	/** Days are Vietnam's civil days, whatever the server's zone. */
	private static @Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
		return day == null ? null : utc(day.atStartOfDay(VietnamTime.ZONE).toInstant());
	}

	private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("sequence_number"), rs.getObject("id", UUID.class),
				instant(rs, "occurred_at"), instant(rs, "recorded_at"), rs.getString("actor"), rs.getString("action"),
				rs.getString("record_type"), rs.getString("record_id"), rs.getString("summary"),
				rs.getString("previous_hash"), rs.getString("hash"), rs.getString("agency_code"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** The WHERE clause of a filter, with named parameters; {@code byTime} when it has a period. */
	record Criteria(List<String> conditions, Map<String, Object> params, boolean byTime) {

		void add(String condition, String name, @Nullable Object value) {
			if (value != null) {
				conditions.add(condition);
				params.put(name, value);
			}
		}

		/** The entries of the scope's agencies, or of none, or both; never an empty list of agencies. */
		void limitTo(AuditScope scope) {
			String ofAgencies = "agency_code IN (:agencies)";
			if (scope.agencyCodes().isEmpty()) {
				conditions.add("agency_code IS NULL");
				return;
			}
			conditions.add(scope.withoutAgency() ? "(" + ofAgencies + " OR agency_code IS NULL)" : ofAgencies);
			params.put("agencies", List.copyOf(scope.agencyCodes()));
		}

		String where() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}
	}
}
