package vn.motcua.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * The type a statement parameter is bound as when its value is null. PostgreSQL's driver prepares a
 * statement on the server for the parameter types of its first uses; a later use whose types differ
 * (an untyped null where a value was, or the reverse) makes it prepare the statement again, and the
 * server then plans it afresh for its next five uses. A row whose nullable columns fill up step by
 * step (a dossier, its report row) would so be prepared and planned again every few saves
 * (bench/README.md, seventeenth and eighteenth sessions). A null bound with the type the driver gives
 * the column's values matches them, and the statement stays prepared. H2 takes the type and ignores
 * the name.
 */
public enum SqlType {

	/** Bound from a String. */
	VARCHAR(Types.VARCHAR, "varchar"),
	/** Bound from an Integer. */
	INTEGER(Types.INTEGER, "int4"),
	/** Bound from a Long. */
	BIGINT(Types.BIGINT, "int8"),
	/** Bound from a BigDecimal. */
	NUMERIC(Types.NUMERIC, "numeric"),
	/** Bound from a Boolean. */
	BOOLEAN(Types.BOOLEAN, "bool"),
	/** Bound from a java.util.UUID. */
	UUID(Types.OTHER, "uuid"),
	/** Bound from a LocalDateTime. */
	TIMESTAMP(Types.TIMESTAMP, "timestamp"),
	/** Bound from an OffsetDateTime. */
	TIMESTAMPTZ(Types.TIMESTAMP_WITH_TIMEZONE, "timestamptz");

	private final int sqlType;
	private final String databaseName;

	SqlType(int sqlType, String databaseName) {
		this.sqlType = sqlType;
		this.databaseName = databaseName;
	}

	/** Binds a null of this type to the statement's parameter (1-based). */
	public void bindNull(PreparedStatement statement, int parameter) throws SQLException {
		statement.setNull(parameter, sqlType, databaseName);
	}

	/**
	 * The value for a Spring JDBC parameter: the value itself (bound as the driver binds it), or a null
	 * that carries this type.
	 */
	public Object orTypedNull(@Nullable Object value) {
		return value != null ? value : new SqlParameterValue(sqlType, databaseName, null);
	}
}
