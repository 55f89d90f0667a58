package vn.motcua.calendar.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/**
 * The working calendar and its API are public; only the installation's administrators edit the overrides,
 * on which every agency's deadlines depend (decision 0040).
 */
@Component
class CalendarAccessRules implements AccessRules {

	private final InstallationAdministration installation;

	CalendarAccessRules(InstallationAdministration installation) {
		this.installation = installation;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/calendar", "/api/v1/calendar/**").permitAll();
		rules.requestMatchers("/admin/calendar/**").access(installation.rule());
	}
}
