package vn.motcua.reporting.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/**
 * The statutory report for those who answer for it or check it; the leaders' dashboard for leaders;
 * the transparency dashboard for everyone; rebuilding the read model, which is every agency's, for the
 * installation's administrators (decision 0040).
 */
@Component
class ReportingAccessRules implements AccessRules {

	private final InstallationAdministration installation;

	ReportingAccessRules(InstallationAdministration installation) {
		this.installation = installation;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/transparency").permitAll();
		rules.requestMatchers("/reports/procedure-handling", "/reports/procedure-handling/**",
				"/api/v1/reports/procedure-handling", "/api/v1/reports/procedure-handling/cell")
			.hasAnyRole(ReportAccess.STATUTORY.stream().map(Role::name).toArray(String[]::new));
		rules.requestMatchers("/reports/satisfaction", "/api/v1/reports/satisfaction")
			.hasAnyRole(ReportAccess.SATISFACTION.stream().map(Role::name).toArray(String[]::new));
		rules.requestMatchers(ReadModelApi.PATH, ReadModelController.PATH, ReadModelController.PATH + "/**")
			.access(installation.rule());
		rules.requestMatchers("/reports/management", "/reports/management/late.csv", "/reports/management/late.xlsx",
				"/reports/service-index", "/api/v1/reports/service-index")
			.hasAnyRole(ReportAccess.LEADERS.stream().map(Role::name).toArray(String[]::new));
	}
}
