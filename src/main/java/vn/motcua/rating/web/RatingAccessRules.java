package vn.motcua.rating.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/**
 * Applicants rate their own dossiers; reception officers open kiosks and services; leaders read the
 * statistics. The kiosk itself is open to anyone at the tablet: it answers only to the kiosk token
 * that the desk put on the tablet, and rates only services that the desk opened.
 */
@Component
class RatingAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/my/dossiers/*/rating", "/api/v1/my/dossiers/*/rating").hasRole(Role.APPLICANT.name());
		rules.requestMatchers("/kiosk", "/kiosk/ratings", "/kiosk/thanks").permitAll();
		rules.requestMatchers("/desk/kiosks", "/desk/kiosks/**", "/api/v1/desk/kiosks", "/api/v1/desk/kiosks/**")
			.hasRole(Role.RECEPTION_OFFICER.name());
		rules.requestMatchers("/ratings/settings", "/api/v1/ratings/settings").hasRole(Role.AGENCY_LEADER.name());
		rules.requestMatchers("/ratings/statistics", "/api/v1/ratings/statistics")
			.hasAnyRole(Role.AGENCY_LEADER.name(), Role.UNIT_HEAD.name());
	}
}
