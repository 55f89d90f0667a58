package vn.motcua.dossier;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * A column the dossier store writes, with the type a null in it is bound as. PostgreSQL's driver
 * prepares a statement on the server for the parameter types of its first uses; a later use whose
 * types differ (an untyped null where a value was, or the reverse) makes it prepare the statement
 * again, and the server then plans it afresh for its next five uses. A dossier's nullable columns
 * fill up step by step, so with untyped nulls the dossier's update was prepared again about twice a
 * lifecycle and planned for most of its uses (bench/README.md, seventeenth session). A null bound
 * with the column's own type matches a value's type, and the statement stays prepared.
 */
record Column(String name, Type type) {

	/** The column types of the dossier tables, as PostgreSQL's driver binds a value of each. */
	enum Type {
		VARCHAR(Types.VARCHAR, "varchar"),
		INTEGER(Types.INTEGER, "int4"),
		BIGINT(Types.BIGINT, "int8"),
		NUMERIC(Types.NUMERIC, "numeric"),
		BOOLEAN(Types.BOOLEAN, "bool"),
		UUID(Types.OTHER, "uuid"),
		/** Bound from a LocalDateTime. */
		TIMESTAMP(Types.TIMESTAMP, "timestamp"),
		/** Bound from an OffsetDateTime. */
		TIMESTAMPTZ(Types.TIMESTAMP_WITH_TIMEZONE, "timestamptz");

		private final int sqlType;
		private final String databaseName;

		Type(int sqlType, String databaseName) {
			this.sqlType = sqlType;
			this.databaseName = databaseName;
		}
	}

	static Column varchar(String name) {
		return new Column(name, Type.VARCHAR);
	}

	static Column integer(String name) {
		return new Column(name, Type.INTEGER);
	}

	static Column bigint(String name) {
		return new Column(name, Type.BIGINT);
	}

	static Column numeric(String name) {
		return new Column(name, Type.NUMERIC);
	}

	static Column bool(String name) {
		return new Column(name, Type.BOOLEAN);
	}

	static Column uuid(String name) {
		return new Column(name, Type.UUID);
	}

	static Column timestamp(String name) {
		return new Column(name, Type.TIMESTAMP);
	}

	static Column timestamptz(String name) {
		return new Column(name, Type.TIMESTAMPTZ);
	}

	static String names(List<Column> columns) {
		return String.join(", ", columns.stream().map(Column::name).toList());
	}

	/** The assignments of an UPDATE: each column set to a parameter, in order. */
	static String assignments(List<Column> columns) {
		return String.join(", ", columns.stream().map(column -> column.name() + " = ?").toList());
	}

	/**
	 * Binds a row's values to the columns' parameters, each null with its column's type (H2 takes the
	 * type and ignores the name); parameters past the columns (ids, positions, versions) are never null.
	 */
	static void bind(PreparedStatement statement, List<Column> columns, Object[] row) throws SQLException {
		for (int index = 0; index < row.length; index++) {
			Object value = row[index];
			if (value == null && index < columns.size()) {
				Type type = columns.get(index).type();
				statement.setNull(index + 1, type.sqlType, type.databaseName);
			}
			else {
				statement.setObject(index + 1, value);
			}
		}
	}
}
