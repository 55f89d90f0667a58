package vn.motcua.dossier.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

@Component
class DossierAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/api/v1/dossiers/*/status", "/dossiers/status", "/dossiers/*/status").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/api/v1/dossiers/*/result/verification").permitAll();
		rules.requestMatchers("/my/dossiers", "/my/dossiers/*", "/my/dossiers/*/slips/*", "/my/dossiers/*/completion",
				"/my/dossiers/*/withdrawal", "/my/dossiers/*/result", "/api/v1/my/dossiers", "/api/v1/my/dossiers/*",
				"/api/v1/my/dossiers/*/withdrawal")
			.hasRole(Role.APPLICANT.name());
		rules.requestMatchers(HttpMethod.POST, "/api/v1/dossiers").hasRole(Role.APPLICANT.name());
		rules.requestMatchers("/dossiers/new", "/dossiers/drafts", "/dossiers/drafts/**").hasRole(Role.APPLICANT.name());
		rules.requestMatchers(HttpMethod.POST, "/api/v1/desk/dossiers/*/*").hasRole(Role.RECEPTION_OFFICER.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/desk/dossiers").hasRole(Role.RECEPTION_OFFICER.name());
		rules.requestMatchers("/desk/dossiers", "/desk/dossiers/**").hasRole(Role.RECEPTION_OFFICER.name());
		String[] processingRoles = { Role.RECEPTION_OFFICER.name(), Role.SPECIALIST.name(), Role.UNIT_HEAD.name(),
				Role.AGENCY_LEADER.name(), Role.RECORDS_OFFICER.name() };
		// only the dossiers' own paths under /work: other modules serve officers' work there too
		rules.requestMatchers("/work/queue", "/work/dossiers/**", "/api/v1/work/queue", "/api/v1/work/dossiers/**")
			.hasAnyRole(processingRoles);
		rules.requestMatchers("/desk/register").hasAnyRole(Role.RECEPTION_OFFICER.name(), Role.UNIT_HEAD.name(),
				Role.AGENCY_LEADER.name(), Role.RECORDS_OFFICER.name(), Role.PEOPLES_INSPECTOR.name());
	}
}
