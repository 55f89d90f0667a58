package vn.motcua.calendar.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/** The working calendar and its API are public; only administrators edit the overrides. */
@Component
class CalendarAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/calendar", "/api/v1/calendar/**").permitAll();
		rules.requestMatchers("/admin/calendar/**").hasRole(Role.ADMINISTRATOR.name());
	}
}
