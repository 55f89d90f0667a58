package vn.motcua.disclosure.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/**
 * Who reaches the paths of publications. The service checks more: the officer's agency, that a
 * draft is seen only by those who prepare and the inspection board, and that a staff publication
 * does not exist for the public.
 */
@Component
class DisclosureAccessRules implements AccessRules {

	static final String[] PREPARERS = { Role.SPECIALIST.name(), Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };
	static final String[] PUBLISHERS = { Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };
	/** Every officer of an agency reads its publications; the People's Inspection Board only reads. */
	static final String[] OFFICERS = { Role.RECEPTION_OFFICER.name(), Role.SPECIALIST.name(), Role.UNIT_HEAD.name(),
			Role.AGENCY_LEADER.name(), Role.RECORDS_OFFICER.name(), Role.ADMINISTRATOR.name(),
			Role.PEOPLES_INSPECTOR.name() };
	/** Every officer confirms reading a staff publication, except the inspection board, which changes nothing. */
	static final String[] READERS = { Role.RECEPTION_OFFICER.name(), Role.SPECIALIST.name(), Role.UNIT_HEAD.name(),
			Role.AGENCY_LEADER.name(), Role.RECORDS_OFFICER.name(), Role.ADMINISTRATOR.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/disclosures", "/disclosures/*", "/disclosures/*/files/*",
				"/api/v1/disclosures", "/api/v1/disclosures/*").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/work/disclosures/new", "/work/disclosures/*/edit",
				"/work/disclosures/*/replacement").hasAnyRole(PREPARERS);
		rules.requestMatchers(HttpMethod.GET, "/work/disclosures", "/work/disclosures/*",
				"/work/disclosures/*/files/*").hasAnyRole(OFFICERS);
		rules.requestMatchers(HttpMethod.POST, "/work/disclosures/*/publication", "/work/disclosures/*/withdrawal")
			.hasAnyRole(PUBLISHERS);
		rules.requestMatchers(HttpMethod.POST, "/work/disclosures/*/reading").hasAnyRole(READERS);
		rules.requestMatchers(HttpMethod.POST, "/work/disclosures", "/work/disclosures/*",
				"/work/disclosures/*/replacement").hasAnyRole(PREPARERS);
	}
}
