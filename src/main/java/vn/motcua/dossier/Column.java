package vn.motcua.dossier;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import vn.motcua.shared.SqlType;

/**
 * A column the dossier store writes, with the type a null in it is bound as ({@link SqlType}): a
 * dossier's nullable columns fill up step by step, and with untyped nulls the dossier's update was
 * prepared again about twice a lifecycle and planned for most of its uses (bench/README.md,
 * seventeenth session).
 */
record Column(String name, SqlType type) {

	static Column varchar(String name) {
		return new Column(name, SqlType.VARCHAR);
	}

	static Column integer(String name) {
		return new Column(name, SqlType.INTEGER);
	}

	static Column bigint(String name) {
		return new Column(name, SqlType.BIGINT);
	}

	static Column numeric(String name) {
		return new Column(name, SqlType.NUMERIC);
	}

	static Column bool(String name) {
		return new Column(name, SqlType.BOOLEAN);
	}

	static Column uuid(String name) {
		return new Column(name, SqlType.UUID);
	}

	static Column timestamp(String name) {
		return new Column(name, SqlType.TIMESTAMP);
	}

	static Column timestamptz(String name) {
		return new Column(name, SqlType.TIMESTAMPTZ);
	}

	static String names(List<Column> columns) {
		return String.join(", ", columns.stream().map(Column::name).toList());
	}

	/** The assignments of an UPDATE: each column set to a parameter, in order. */
	static String assignments(List<Column> columns) {
		return String.join(", ", columns.stream().map(column -> column.name() + " = ?").toList());
	}

	/**
	 * Binds a row's values to the columns' parameters, each null with its column's type; parameters
	 * past the columns (ids, positions, versions) are never null.
	 */
	static void bind(PreparedStatement statement, List<Column> columns, Object[] row) throws SQLException {
		for (int index = 0; index < row.length; index++) {
			Object value = row[index];
			if (value == null && index < columns.size()) {
				columns.get(index).type().bindNull(statement, index + 1);
			}
			else {
				statement.setObject(index + 1, value);
			}
		}
	}
}
