package vn.motcua.catalog.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/** The public catalogue is open to all; drafts, announcements, export and import are the administrator's. */
@Component
class CatalogAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/procedures", "/procedures/**").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/sectors", "/api/v1/procedures", "/api/v1/procedures/**")
			.permitAll();
		rules.requestMatchers("/api/v1/catalog/**").hasRole(Role.ADMINISTRATOR.name());
		rules.requestMatchers("/admin/catalog", "/admin/catalog/**").hasRole(Role.ADMINISTRATOR.name());
	}
}
