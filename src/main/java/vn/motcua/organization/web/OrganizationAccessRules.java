package vn.motcua.organization.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/** The administrator pages are for administrators only; the agency API is public and read-only. */
@Component
class OrganizationAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/admin/agencies", "/admin/agencies/**").hasRole(Role.ADMINISTRATOR.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/agencies", "/api/v1/agencies/*/units").permitAll();
	}
}
