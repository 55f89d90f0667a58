package vn.motcua.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.mock.env.MockEnvironment;

/**
 * An installation that still sets the removed {@code motcua.petition.agency-receptions} is told at start-up,
 * in a property file or an environment variable; one that does not is told nothing.
 */
@Tag("rule")
@ExtendWith(OutputCaptureExtension.class)
class RemovedReceptionSettingsTests {

	@Test
	void aPropertyFileThatStillSetsItGetsAWarningNamingItAndTheAdministratorsPage(CapturedOutput output) {
		start(new MockEnvironment().withProperty("motcua.petition.agency-receptions[000.00.21.H55].weekly-day", "TUESDAY"));

		assertThat(output.getAll()).contains("WARN").contains("motcua.petition.agency-receptions")
			.contains("/admin/reception");
	}

	@Test
	void anEnvironmentVariableThatStillSetsItGetsTheWarning(CapturedOutput output) {
		StandardEnvironment environment = new StandardEnvironment();
		// a source whose name ends in "systemEnvironment" is read by the environment variables' naming rules
		String name = "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
		environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(name,
				Map.of("MOTCUA_PETITION_AGENCYRECEPTIONS_H55_WEEKLYDAY", "TUESDAY")));
		start(environment);

		assertThat(output.getAll()).contains("WARN").contains("motcua.petition.agency-receptions");
	}

	@Test
	void anInstallationWithoutItIsToldNothing(CapturedOutput output) {
		start(new MockEnvironment().withProperty("motcua.petition.reception.weekly-day", "TUESDAY"));

		assertThat(output.getAll()).doesNotContain("agency-receptions");
	}

	private static void start(org.springframework.core.env.ConfigurableEnvironment environment) {
		new RemovedReceptionSettings(environment).run(new DefaultApplicationArguments());
	}
}
