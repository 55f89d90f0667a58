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
import org.junit.jupiter.api.Test;

/**
 * A migration that has been released never changes: Flyway refuses to start on a database where it
 * was applied with another checksum or description. {@code released-migrations.txt} pins every
 * released migration of {@code db/migration}; a new migration is added to it when it is released.
 */
@Tag("rule")
class ReleasedMigrationsTests {

	@Test
	void noReleasedMigrationHasChanged() throws IOException {
		Map<String, String> current = Arrays.stream(Flyway.configure()
			.dataSource("jdbc:h2:mem:released-migrations;MODE=PostgreSQL", "sa", "")
			.locations("classpath:db/migration")
			.outOfOrder(true)
			.load()
			.info()
			.all())
			.collect(Collectors.toMap(info -> info.getVersion().getVersion(), ReleasedMigrationsTests::pin,
					(first, second) -> first, TreeMap::new));

		for (Map.Entry<String, String> released : released().entrySet()) {
			assertThat(current.get(released.getKey())).as("released migration V%s (description|checksum)",
					released.getKey()).isEqualTo(released.getValue());
		}
	}

	private static String pin(MigrationInfo info) {
		return info.getDescription() + "|" + info.getChecksum();
	}

	/** Version → "description|checksum", one a line: {@code 14.2 report dossier digitisation|123}. */
	private static Map<String, String> released() throws IOException {
		try (InputStream in = ReleasedMigrationsTests.class.getResourceAsStream("/db/released-migrations.txt")) {
			assertThat(in).as("src/test/resources/db/released-migrations.txt").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.collect(Collectors.toMap(line -> line.substring(0, line.indexOf(' ')),
						line -> line.substring(line.indexOf(' ') + 1), (first, second) -> first, TreeMap::new));
		}
	}
}
