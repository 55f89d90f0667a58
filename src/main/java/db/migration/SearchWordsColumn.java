package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

import vn.motcua.shared.SearchWords;

/**
 * Adds a column holding the search form ({@link SearchWords#column}) of a text column and fills it
 * for the rows already stored, or fills a search form again ({@link #fill}). The search form is computed in Java, as the application computes it
 * for new rows: neither database strips Vietnamese diacritics by itself (PostgreSQL's unaccent is an
 * extension, H2 has none), and a second implementation in SQL would drift from the first.
 */
public final class SearchWordsColumn {

	/** Rows read and written a batch at a time, in key order, so that a large table is not held in memory. */
	private static final int BATCH = 1_000;

	private SearchWordsColumn() {
	}

	/**
	 * @param table the table, keyed by a column {@code id}
	 * @param source the text column
	 * @param target the new column
	 * @param width the new column's width
	 * @param filled the condition on the rows that get a search form; the others keep null
	 */
	public static void add(Connection connection, String table, String source, String target, int width,
			String filled) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + table + " ADD COLUMN " + target + " VARCHAR(" + width + ")");
		}
		fill(connection, table, List.of(source), target, filled, texts -> SearchWords.column(width, texts));
	}

	/**
	 * Writes {@code target} again for the rows that {@code filled} keeps, from their {@code sources}
	 * (none null in those rows), in the form {@code form} gives them.
	 *
	 * @param table the table, keyed by a column {@code id}
	 */
	public static void fill(Connection connection, String table, List<String> sources, String target, String filled,
			Function<String[], String> form) throws SQLException {
		String read = "SELECT id, " + String.join(", ", sources) + " FROM " + table + " WHERE " + filled
				+ " AND id > ? ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY";
		String first = read.replace(" AND id > ?", "");
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE " + table + " SET " + target + " = ? WHERE id = ?")) {
			Object last = null;
			do {
				try (PreparedStatement select = connection.prepareStatement(last == null ? first : read)) {
					if (last != null) {
						select.setObject(1, last);
					}
					last = null;
					try (ResultSet rows = select.executeQuery()) {
						while (rows.next()) {
							last = rows.getObject(1);
							String[] texts = new String[sources.size()];
							for (int i = 0; i < texts.length; i++) {
								texts[i] = rows.getString(i + 2);
							}
							update.setString(1, form.apply(texts));
							update.setObject(2, last);
							update.addBatch();
						}
					}
				}
				update.executeBatch();
			}
			while (last != null);
		}
	}
}
