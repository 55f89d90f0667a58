package vn.motcua.petition;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.ConfigurationPropertyState;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says at start-up that {@code motcua.petition.agency-receptions} is no longer read (decision 0052): an
 * installation that still sets it would otherwise believe those agencies publish their days, while
 * their pages say they have not. Read in every relaxed form (a property file, an environment variable).
 */
@Component
class RemovedReceptionSettings implements ApplicationRunner {

	static final ConfigurationPropertyName REMOVED = ConfigurationPropertyName.of("motcua.petition.agency-receptions");
	private static final Logger log = LoggerFactory.getLogger(RemovedReceptionSettings.class);

	private final Environment environment;

	RemovedReceptionSettings(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (isSet()) {
			log.warn("The property {} is set but no longer read (decision 0052): the agencies it names show no "
					+ "reception schedule until their administrator sets one on /admin/reception (the agency's page "
					+ "/admin/reception/<agency code>). Enter those schedules there once, then remove the property.",
					REMOVED);
		}
	}

	private boolean isSet() {
		for (var source : ConfigurationPropertySources.get(environment)) {
			if (source.containsDescendantOf(REMOVED) == ConfigurationPropertyState.PRESENT
					|| source.getConfigurationProperty(REMOVED) != null) {
				return true;
			}
		}
		return false;
	}
}
