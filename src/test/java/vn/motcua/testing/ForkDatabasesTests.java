package vn.motcua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each test JVM's database is named after the configured one, on the same server, with the same parameters. */
@Tag("rule")
class ForkDatabasesTests {

	@Test
	void theDatabaseOfAJvmIsTheConfiguredOneWithItsForkNumber() {
		String url = "jdbc:postgresql://127.0.0.1:5432/motcua_ci_1796673580_8747";

		assertThat(ForkDatabases.databaseOf(url)).isEqualTo("motcua_ci_1796673580_8747");
		assertThat(ForkDatabases.withDatabase(url, "motcua_ci_1796673580_8747_f2"))
			.isEqualTo("jdbc:postgresql://127.0.0.1:5432/motcua_ci_1796673580_8747_f2");
	}

	@Test
	void theUrlsParametersAreKept() {
		String url = "jdbc:postgresql://db.example:5433/test?sslmode=require&currentSchema=motcua";

		assertThat(ForkDatabases.databaseOf(url)).isEqualTo("test");
		assertThat(ForkDatabases.withDatabase(url, "test_f1"))
			.isEqualTo("jdbc:postgresql://db.example:5433/test_f1?sslmode=require&currentSchema=motcua");
	}
}
