package vn.motcua.consultation.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/**
 * Who reaches the paths of drafts put out for comment. The service checks more: the officer's
 * agency, and that a staff consultation is shown and open to comment only for its agency's officers.
 */
@Component
class ConsultationAccessRules implements AccessRules {

	static final String[] DRAFTERS = { Role.SPECIALIST.name(), Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };
	static final String[] PUBLISHERS = { Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name() };
	/** The People's Inspection Board reads every consultation of its agency and changes nothing. */
	static final String[] READERS = { Role.SPECIALIST.name(), Role.UNIT_HEAD.name(), Role.AGENCY_LEADER.name(),
			Role.PEOPLES_INSPECTOR.name() };

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/consultations", "/consultations/*", "/consultations/*/files/*",
				"/api/v1/consultations", "/api/v1/consultations/*").permitAll();
		// anyone comments on a public consultation; a staff one's officers are checked by the service
		rules.requestMatchers(HttpMethod.POST, "/consultations/*/comments", "/api/v1/consultations/*/comments")
			.permitAll();
		rules.requestMatchers(HttpMethod.GET, "/work/consultations/new", "/work/consultations/*/edit",
				"/work/consultations/*/files/*/removal").hasAnyRole(DRAFTERS);
		rules.requestMatchers(HttpMethod.GET, "/work/consultations", "/work/consultations/*",
				"/work/consultations/*/files/*").hasAnyRole(READERS);
		rules.requestMatchers(HttpMethod.POST, "/work/consultations/*/open", "/work/consultations/*/extension",
				"/work/consultations/*/synthesis").hasAnyRole(PUBLISHERS);
		rules.requestMatchers(HttpMethod.POST, "/work/consultations", "/work/consultations/*",
				"/work/consultations/*/comments/*/decision", "/work/consultations/*/files/*/removal")
			.hasAnyRole(DRAFTERS);
	}
}
