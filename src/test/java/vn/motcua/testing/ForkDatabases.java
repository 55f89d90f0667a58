package vn.motcua.testing;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each JVM of the PostgreSQL layer a fresh database of its own, {@code <configured>_f<fork>} (the suffix
 * {@code motcua.test.database-suffix} from pom.xml), made beside
 * the configured one before any test of that JVM starts. The layer runs its test classes in several JVMs at
 * once ({@code motcua.test.forks} in pom.xml), and tests that count rows, watch lock waits in
 * {@code pg_stat_activity} or read the catalogue's indexes must not see another JVM's work. Registered through
 * {@code META-INF/services}; does nothing on the H2 layer, whose databases are already one per context, nor
 * with {@code -Dmotcua.test.forks=1}.
 */
public class ForkDatabases implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		String suffix = System.getProperty("motcua.test.database-suffix");
		String url = System.getProperty("spring.datasource.url");
		if (!"postgresql".equals(System.getProperty("motcua.test.layer")) || suffix == null || url == null
				|| "1".equals(System.getProperty("motcua.test.forks"))) {
			// one JVM alone uses the configured database, as before there were several
			return;
		}
		if (!suffix.matches("_f\\d+")) {
			// several JVMs would share one database and see each other's rows
			throw new IllegalStateException("motcua.test.database-suffix is not _f<fork number>: " + suffix);
		}
		String database = databaseOf(url) + suffix;
		Connection connection;
		try {
			connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username", ""),
					System.getProperty("spring.datasource.password", ""));
		}
		catch (SQLException unreachable) {
			// TestLayers skips the layer, or fails it under motcua.test.require-layers, with the reason
			return;
		}
		try (connection; Statement statement = connection.createStatement()) {
			// fresh each run, as CI's own database is: a database left by an earlier run holds its rows
			statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
			statement.execute("CREATE DATABASE \"" + database + "\"");
		}
		catch (SQLException refused) {
			throw new IllegalStateException("Cannot make the test JVM's database " + database + " (the user needs "
					+ "CREATEDB; or run the layer in one JVM with -Dmotcua.test.forks=1): " + refused.getMessage(), refused);
		}
		System.setProperty("spring.datasource.url", withDatabase(url, database));
	}

	/** The database a {@code jdbc:postgresql://host:port/database?parameters} URL names. */
	static String databaseOf(String url) {
		String path = URI.create(url.substring("jdbc:".length())).getPath();
		if (path == null || path.length() < 2) {
			throw new IllegalArgumentException("No database in " + url);
		}
		return path.substring(1);
	}

	static String withDatabase(String url, String database) {
		int parameters = url.indexOf('?');
		String withoutParameters = parameters < 0 ? url : url.substring(0, parameters);
		return withoutParameters.substring(0, withoutParameters.lastIndexOf('/') + 1) + database
				+ (parameters < 0 ? "" : url.substring(parameters));
	}
}
