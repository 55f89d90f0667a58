package vn.motcua.catalog.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/**
 * The public catalogue is open to all. Each agency's administrators prepare, announce and abolish their
 * agency's procedures, the installation's administrators every agency's; the shared sectors, and export
 * and import of the whole catalogue, are the installation's (decision 0040). The rules of a procedure
 * and a draft name their paths, not a controller, so that no page under them can miss them.
 */
@Component
class CatalogAccessRules implements AccessRules {

	private final CatalogAdministration administration;
	private final InstallationAdministration installation;

	CatalogAccessRules(CatalogAdministration administration, InstallationAdministration installation) {
		this.administration = administration;
		this.installation = installation;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/procedures", "/procedures/**").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/api/v1/sectors", "/api/v1/procedures", "/api/v1/procedures/**")
			.permitAll();
		rules.requestMatchers("/api/v1/catalog/**").access(installation.rule());
		rules.requestMatchers("/admin/catalog/sectors", "/admin/catalog/sectors/**").access(installation.rule());
		String procedure = "/admin/catalog/procedures/{" + CatalogAdministration.PROCEDURE_CODE + "}";
		rules.requestMatchers(procedure, procedure + "/**").access(administration.ofProcedure());
		String draft = "/admin/catalog/drafts/{" + CatalogAdministration.DRAFT_ID + "}";
		rules.requestMatchers(draft, draft + "/**").access(administration.ofDraft());
		rules.requestMatchers("/admin/catalog", "/admin/catalog/**").hasRole(Role.ADMINISTRATOR.name());
	}
}
