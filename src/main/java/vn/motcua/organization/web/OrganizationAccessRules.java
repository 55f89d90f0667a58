package vn.motcua.organization.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/**
 * The administrator pages are for administrators only, each agency's for those who administer it, and
 * creating an agency for the installation's administrators (decision 0039); the agency API is public
 * and read-only. The agency's rule names the path, not a controller, so that no page under it can miss it.
 */
@Component
class OrganizationAccessRules implements AccessRules {

	private final AgencyAdministration administration;

	OrganizationAccessRules(AgencyAdministration administration) {
		this.administration = administration;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		String agency = "/admin/agencies/{" + AgencyAdministration.AGENCY_ID + "}";
		rules.requestMatchers(agency, agency + "/**").access(administration);
		rules.requestMatchers(HttpMethod.POST, "/admin/agencies").access(administration.installation());
		rules.requestMatchers("/admin/agencies").hasRole(Role.ADMINISTRATOR.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies/*/units").permitAll();
	}
}
