package vn.motcua.petition.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.organization.AgencyAdministrators;
import vn.motcua.shared.AccessRules;

/**
 * Who reaches the petition paths. The service checks more: the officer's agency, the handler, and
 * who may read a denouncer's identity. An agency's reception schedule is set by who administers the
 * agency: the rule names the path, not a controller, so that no page under it can miss it.
 */
@Component
class PetitionAccessRules implements AccessRules {

	static final String AGENCY_CODE = "agencyCode";

	private final AgencyAdministrators administrators;

	PetitionAccessRules(AgencyAdministrators administrators) {
		this.administrators = administrators;
	}

	static final String[] HANDLERS = { Role.RECEPTION_OFFICER.name(), Role.SPECIALIST.name(), Role.UNIT_HEAD.name(),
			Role.AGENCY_LEADER.name() };
	static final String[] READERS = { Role.RECEPTION_OFFICER.name(), Role.SPECIALIST.name(), Role.UNIT_HEAD.name(),
			Role.AGENCY_LEADER.name(), Role.PEOPLES_INSPECTOR.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/petitions/new", "/petitions/track", "/qa", "/reception",
				"/api/v1/qa", "/api/v1/reception/schedule", "/api/v1/petitions/*/progress").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/petitions", "/api/v1/petitions").permitAll();
		// the petitioner who sent it without an account reads an answer by the petition's code and their contact
		rules.requestMatchers(HttpMethod.POST, "/petitions/track", "/api/v1/petitions/*/progress").permitAll();
		rules.requestMatchers("/my/petitions", "/my/petitions/*", "/my/petitions/*/dissatisfaction",
				"/api/v1/my/petitions", "/api/v1/my/petitions/*", "/api/v1/my/petitions/*/dissatisfaction")
			.hasRole(Role.APPLICANT.name());
		rules.requestMatchers(HttpMethod.GET, "/api/v1/petitions/figures").hasAnyRole(Role.UNIT_HEAD.name(),
				Role.AGENCY_LEADER.name(), Role.RECORDS_OFFICER.name(), Role.PEOPLES_INSPECTOR.name());
		rules.requestMatchers("/work/petitions/new", "/work/reception", "/work/reception/**").hasAnyRole(HANDLERS);
		// the officers' actions on a petition: /work/petitions/{code}/{action} and /api/v1/petitions/{code}/{action}
		rules.requestMatchers(HttpMethod.POST, "/work/petitions", "/work/petitions/**", "/api/v1/petitions/*/*")
			.hasAnyRole(HANDLERS);
		// each agency's reception schedule for those who administer the agency (decision 0052)
		String schedule = "/admin/reception/{" + AGENCY_CODE + "}";
		rules.requestMatchers(schedule, schedule + "/**").access(administrators.ofAgencyCodeIn(AGENCY_CODE));
		rules.requestMatchers("/admin/reception").hasRole(Role.ADMINISTRATOR.name());
		rules.requestMatchers(HttpMethod.GET, "/work/petitions", "/work/petitions/**", "/api/v1/petitions",
				"/api/v1/petitions/*", "/api/v1/petitions/*/identity").hasAnyRole(READERS);
	}
}
