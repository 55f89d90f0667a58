package vn.motcua.identity;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/**
 * The actuator's paths: health for anyone (its details for the installation's administrators,
 * {@link InstallationHealthDetails}); metrics for the installation's administrators or a scraper with
 * the scrape key; build information and anything else the actuator exposes for the installation's
 * administrators only (decisions 0040 and 0050).
 */
@Component
class OperationsAccessRules implements AccessRules {

	private final InstallationAdministration installation;

	private final MetricsScrapeKey scrapeKey;

	OperationsAccessRules(InstallationAdministration installation, MetricsScrapeKey scrapeKey) {
		this.installation = installation;
		this.scrapeKey = scrapeKey;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/actuator/prometheus")
			.access(AuthorizationManagers.anyOf(installation.rule(), scrapeKey));
		rules.requestMatchers("/actuator/**").access(installation.rule());
	}
}
