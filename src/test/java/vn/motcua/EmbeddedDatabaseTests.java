package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default's database as {@code application.properties} ships it (the tests run on a URL of
 * their own): opened on a fresh folder, its sessions wait for a row another transaction holds at least
 * ten seconds, not H2's two, before they fail.
 */
@Tag("rule")
class EmbeddedDatabaseTests {

	@Test
	void aSessionWaitsForALockedRowAtLeastTenSeconds(@TempDir Path dataDir) throws IOException, SQLException {
		Properties shipped = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
				StandardCharsets.ISO_8859_1)) {
			shipped.load(reader);
		}
		String url = shipped.getProperty("spring.datasource.url").replace("${motcua.data-dir}", dataDir.toString());
		try (Connection connection = DriverManager.getConnection(url, shipped.getProperty("spring.datasource.username"),
				shipped.getProperty("spring.datasource.password"));
				ResultSet lockTimeout = connection.createStatement().executeQuery("SELECT LOCK_TIMEOUT()")) {
			assertThat(lockTimeout.next()).isTrue();
			assertThat(lockTimeout.getInt(1)).as("milliseconds").isGreaterThanOrEqualTo(10_000);
		}
	}
}
