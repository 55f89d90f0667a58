package vn.motcua.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Switches the optional layers of the suite on or off, and says so: the PostgreSQL layer runs when
 * the configured PostgreSQL answers, the browser layer when Chromium and its driver are installed,
 * the LibreOffice layer (tag {@code libreoffice}) when LibreOffice is installed.
 * Registered for every test through JUnit's extension auto-detection. With
 * {@code -Dmotcua.test.require-layers=true} (CI) a layer that cannot run fails instead.
 */
public class TestLayers implements ExecutionCondition {

	public static final String CHROMIUM = System.getProperty("motcua.test.chromium", "/usr/bin/chromium");
	public static final String CHROMEDRIVER = System.getProperty("motcua.test.chromedriver", "/usr/bin/chromedriver");
	public static final String SOFFICE = System.getProperty("motcua.test.soffice", "/usr/bin/soffice");

	/** Tag of tests that only mean something on PostgreSQL (query plans); skipped on H2 with a note. */
	public static final String POSTGRESQL_ONLY = "postgresql-only";

	private static final Set<String> announced = ConcurrentHashMap.newKeySet();
	private static volatile Boolean postgresReachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("postgresql".equals(System.getProperty("motcua.test.layer")) && !postgresReachable()) {
			return skip("PostgreSQL layer", "PostgreSQL is not reachable at " + postgresUrl()
					+ " (start it, or pass -Dmotcua.test.postgres.url=...)");
		}
		if (context.getTags().contains(POSTGRESQL_ONLY) && !"postgresql".equals(System.getProperty("motcua.test.layer"))) {
			// not a missing layer: the test belongs to the PostgreSQL layer (mvn verify), so never an error
			String message = "SKIPPED PostgreSQL-only tests (EXPLAIN plans) on H2: they run in the PostgreSQL layer "
					+ "(mvn verify with -Dmotcua.test.postgres.url=...)";
			if (announced.add(POSTGRESQL_ONLY)) {
				System.out.println("[motcua] " + message);
			}
			return ConditionEvaluationResult.disabled(message);
		}
		if (context.getTags().contains("browser") && !browserInstalled()) {
			return skip("Browser layer", "Chromium or ChromeDriver is missing (" + CHROMIUM + ", " + CHROMEDRIVER
					+ "; on Debian: apt-get install chromium chromium-driver)");
		}
		if (context.getTags().contains("libreoffice") && !Files.isExecutable(Path.of(SOFFICE))) {
			return skip("LibreOffice layer", "LibreOffice is missing (" + SOFFICE
					+ "; on Debian: apt-get install libreoffice-calc-nogui)");
		}
		return ConditionEvaluationResult.enabled("layer available");
	}

	private static ConditionEvaluationResult skip(String layer, String reason) {
		if (Boolean.getBoolean("motcua.test.require-layers")) {
			throw new IllegalStateException(layer + " is required (motcua.test.require-layers) but cannot run: " + reason);
		}
		String message = "SKIPPED " + layer + ": " + reason;
		if (announced.add(layer)) {
			System.out.println("[motcua] " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	static boolean browserInstalled() {
		return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
	}

	private static String postgresUrl() {
		return System.getProperty("spring.datasource.url", "");
	}

	private static boolean postgresReachable() {
		if (postgresReachable == null) {
			try (var connection = DriverManager.getConnection(postgresUrl(),
					System.getProperty("spring.datasource.username", ""),
					System.getProperty("spring.datasource.password", ""))) {
				postgresReachable = connection.isValid(5);
			}
			catch (SQLException e) {
				postgresReachable = false;
			}
		}
		return postgresReachable;
	}
}
