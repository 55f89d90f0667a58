package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.testing.TestLayers;
import vn.motcua.testing.WebTest;

/** The application's connections to PostgreSQL send a batch of inserts as multi-row statements. */
@WebTest
@Tag(TestLayers.POSTGRESQL_ONLY)
class PostgresConnectionsTests {

	@Autowired
	DataSource dataSource;

	@Test
	void aBatchOfInsertsIsSentAsOneMultiRowStatement() throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (Statement create = connection.createStatement()) {
				create.execute("CREATE TEMPORARY TABLE batch_probe (n INT) ON COMMIT DROP");
			}
			int[] counts;
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO batch_probe (n) VALUES (?)")) {
				for (int n = 1; n <= 4; n++) {
					insert.setInt(1, n);
					insert.addBatch();
				}
				counts = insert.executeBatch();
			}
			int stored;
			try (Statement count = connection.createStatement();
					var rows = count.executeQuery("SELECT COUNT(*) FROM batch_probe")) {
				rows.next();
				stored = rows.getInt(1);
			}
			connection.rollback();

			assertThat(stored).isEqualTo(4);
			// a rewritten batch reports no count per row: the rows went in one statement, not four
			assertThat(counts).containsOnly(Statement.SUCCESS_NO_INFO);
		}
	}
}
