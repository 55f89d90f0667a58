package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A migration that has been released never changes: Flyway refuses to start on a database where it
 * was applied with another checksum or description. {@code released-migrations.txt} pins every
 * released migration of {@code db/migration}, and {@code released-migrations-<vendor>.txt} those of
 * {@code db/vendor/<vendor>} that only that database runs; a new migration is added to them when it is
 * released.
 */
@Tag("rule")
class ReleasedMigrationsTests {

	@ParameterizedTest
	@ValueSource(strings = { "h2", "postgresql" })
	void noReleasedMigrationHasChanged(String vendor) throws IOException {
		Map<String, String> current = Arrays.stream(Flyway.configure()
			.dataSource("jdbc:h2:mem:released-migrations;MODE=PostgreSQL", "sa", "")
			// the locations the application gives (spring.flyway.locations), for one vendor
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.outOfOrder(true)
			.load()
			.info()
			.all())
			.collect(Collectors.toMap(info -> info.getVersion().getVersion(), ReleasedMigrationsTests::pin,
					(first, second) -> first, TreeMap::new));

		Map<String, String> released = released("/db/released-migrations.txt");
		released.putAll(released("/db/released-migrations-" + vendor + ".txt"));
		for (Map.Entry<String, String> migration : released.entrySet()) {
			assertThat(current.get(migration.getKey())).as("released migration V%s on %s (description|checksum)",
					migration.getKey(), vendor).isEqualTo(migration.getValue());
		}
	}

	private static String pin(MigrationInfo info) {
		return info.getDescription() + "|" + info.getChecksum();
	}

	/** Version → "description|checksum", one a line: {@code 14.2 report dossier digitisation|123}. */
	private static Map<String, String> released(String resource) throws IOException {
		try (InputStream in = ReleasedMigrationsTests.class.getResourceAsStream(resource)) {
			assertThat(in).as("src/test/resources" + resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.collect(Collectors.toMap(line -> line.substring(0, line.indexOf(' ')),
						line -> line.substring(line.indexOf(' ') + 1), (first, second) -> first, TreeMap::new));
		}
	}
}
