package vn.motcua.audit.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;

/**
 * Administrators read the trail and verify it. The People's Inspection Board supervises, so it may
 * read the entries too, but only read: verifying the whole chain is the administrator's job.
 */
@Component
class AuditAccessRules implements AccessRules {

	static final String ADMINISTRATOR = "ADMINISTRATOR";
	static final String PEOPLES_INSPECTOR = "PEOPLES_INSPECTOR";

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/admin/audit", "/api/v1/audit/entries")
			.hasAnyRole(ADMINISTRATOR, PEOPLES_INSPECTOR);
		rules.requestMatchers(HttpMethod.POST, "/admin/audit/verification").hasRole(ADMINISTRATOR);
		rules.requestMatchers(HttpMethod.GET, "/api/v1/audit/verification").hasRole(ADMINISTRATOR);
	}
}
