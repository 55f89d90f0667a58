package vn.motcua.dossier;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;

/**
 * One of the dossier's child tables, keyed by (dossier_id, position): reads a dossier's rows in order
 * and writes only the rows that differ from what the database holds. History, hand-overs and
 * transfers only grow, so a save after a step inserts one or two rows instead of rewriting them all.
 */
final class ChildTable<T> {

	private final String select;
	private final String selectRange;
	private final String insert;
	private final String update;
	private final String deleteFrom;
	private final List<Column> columns;
	private final Function<T, Object[]> values;
	private final RowMapper<T> reader;

	/** The columns besides dossier_id and position, in the order {@code values} gives them. */
	ChildTable(String table, List<Column> columns, Function<T, Object[]> values, RowMapper<T> reader) {
		String names = Column.names(columns);
		this.select = "SELECT " + names + " FROM " + table + " WHERE dossier_id = ? ORDER BY position";
		this.selectRange = "SELECT dossier_id, " + names + " FROM " + table
				+ " WHERE dossier_id >= ? AND dossier_id <= ? ORDER BY dossier_id, position";
		this.insert = "INSERT INTO " + table + " (" + names + ", dossier_id, position) VALUES ("
				+ "?, ".repeat(columns.size()) + "?, ?)";
		this.update = "UPDATE " + table + " SET " + Column.assignments(columns)
				+ " WHERE dossier_id = ? AND position = ?";
		this.deleteFrom = "DELETE FROM " + table + " WHERE dossier_id = ? AND position >= ?";
		this.columns = List.copyOf(columns);
		this.values = values;
		this.reader = reader;
	}

	List<T> load(JdbcTemplate jdbc, UUID dossierId) {
		return jdbc.query(select, statement -> statement.setObject(1, dossierId), reader);
	}

	/** The rows of every dossier whose id lies from first to last, by dossier, each dossier's in order. */
	Map<UUID, List<T>> loadRange(JdbcTemplate jdbc, UUID first, UUID last) {
		Map<UUID, List<T>> rows = new HashMap<>();
		jdbc.query(selectRange, statement -> bind(statement, new Object[] { first, last }),
				(RowCallbackHandler) row -> rows.computeIfAbsent(uuid(row, "dossier_id"), id -> new ArrayList<>())
					.add(reader.mapRow(row, row.getRow())));
		return rows;
	}

	/**
	 * Brings the stored rows from {@code before} to {@code after}: updates the positions whose row
	 * changed, inserts the new positions and deletes those past the new end.
	 */
	void write(JdbcTemplate jdbc, UUID dossierId, List<T> before, List<T> after) {
		List<Object[]> updates = new ArrayList<>();
		int common = Math.min(before.size(), after.size());
		for (int position = 0; position < common; position++) {
			if (!before.get(position).equals(after.get(position))) {
				updates.add(row(after.get(position), dossierId, position));
			}
		}
		List<Object[]> inserts = new ArrayList<>();
		for (int position = common; position < after.size(); position++) {
			inserts.add(row(after.get(position), dossierId, position));
		}
		if (before.size() > after.size()) {
			jdbc.update(deleteFrom, statement -> bind(statement, new Object[] { dossierId, after.size() }));
		}
		batch(jdbc, update, updates);
		batch(jdbc, insert, inserts);
	}

	private void batch(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
		if (rows.size() == 1) {
			jdbc.update(sql, statement -> Column.bind(statement, columns, rows.get(0)));
		}
		else if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows, rows.size(), (statement, row) -> Column.bind(statement, columns, row));
		}
	}

	private Object[] row(T child, UUID dossierId, int position) {
		Object[] columns = values.apply(child);
		Object[] row = new Object[columns.length + 2];
		System.arraycopy(columns, 0, row, 0, columns.length);
		row[columns.length] = dossierId;
		row[columns.length + 1] = position;
		return row;
	}

	/**
	 * Binds a query's parameters, none of them null, each by its own type. A row written binds with
	 * {@link Column#bind}, which gives its nulls their column's type.
	 */
	static void bind(PreparedStatement statement, Object[] row) throws SQLException {
		for (int index = 0; index < row.length; index++) {
			statement.setObject(index + 1, row[index]);
		}
	}

	// Column values the way both databases take them: instants as UTC offsets, enums by name.

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable String name(@Nullable Enum<?> value) {
		return value == null ? null : value.name();
	}

	static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static @Nullable LocalDateTime localTime(ResultSet row, String column) throws SQLException {
		return row.getObject(column, LocalDateTime.class);
	}

	static @Nullable UUID uuid(ResultSet row, String column) throws SQLException {
		return row.getObject(column, UUID.class);
	}

	static <E extends Enum<E>> @Nullable E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
		String value = row.getString(column);
		return value == null ? null : Enum.valueOf(type, value);
	}
}
