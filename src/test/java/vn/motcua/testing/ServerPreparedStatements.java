package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * The statements PostgreSQL holds prepared for the current connection ({@code pg_prepared_statements}),
 * found by their beginning, with how often each was run. A statement the driver had to prepare again
 * (its parameter types changed, {@code vn.motcua.shared.SqlType}) shows under a new name with fewer
 * uses. Call it inside a transaction, so that it reads the connection that ran the statements.
 */
public final class ServerPreparedStatements {

	private ServerPreparedStatements() {
	}

	/** One prepared statement: its name on the server and its uses so far (each under a custom or the generic plan). */
	public record Prepared(String name, long uses) {

		public Prepared usedAgain(int times) {
			return new Prepared(name, uses + times);
		}
	}

	/**
	 * The connection's prepared statements that begin with one of the beginnings; a batch of several rows in
	 * one statement (a multi-row INSERT) is another statement and left out. Fails if two match one beginning.
	 */
	public static Map<String, Prepared> byBeginning(JdbcTemplate jdbc, List<String> beginnings) {
		Map<String, Prepared> prepared = new HashMap<>();
		jdbc.query("SELECT name, statement, generic_plans + custom_plans AS uses FROM pg_prepared_statements",
				(RowCallbackHandler) row -> {
					var statement = new Prepared(row.getString("name"), row.getLong("uses"));
					String text = row.getString("statement").strip();
					for (String beginning : beginnings) {
						if (text.startsWith(beginning) && !text.contains("),(")) {
							assertThat(prepared.put(beginning, statement)).as("one prepared statement for " + beginning)
								.isNull();
						}
					}
				});
		return prepared;
	}
}
