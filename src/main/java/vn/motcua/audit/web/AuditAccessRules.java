package vn.motcua.audit.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/**
 * The installation's administrators read the trail and verify it: its entries carry no agency, so an
 * administrator of another agency reaches neither (decision 0040). The People's Inspection Board
 * supervises, so it may read the entries too, but only read: verifying the whole chain is the
 * administrator's job.
 */
@Component
class AuditAccessRules implements AccessRules {

	private final InstallationAdministration installation;

	AuditAccessRules(InstallationAdministration installation) {
		this.installation = installation;
	}

	static final String PEOPLES_INSPECTOR = "PEOPLES_INSPECTOR";

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/admin/audit", "/api/v1/audit/entries")
			.access(AuthorizationManagers.anyOf(AuthorityAuthorizationManager.hasRole(PEOPLES_INSPECTOR),
					installation.rule()));
		rules.requestMatchers(HttpMethod.POST, "/admin/audit/verification").access(installation.rule());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/audit/verification").access(installation.rule());
	}
}
