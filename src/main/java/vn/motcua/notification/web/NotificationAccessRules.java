package vn.motcua.notification.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

@Component
class NotificationAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		// the SMS gateway calls it; the shared secret header is checked by the controller
		rules.requestMatchers(HttpMethod.POST, "/api/v1/sms/inbound").permitAll();
		rules.requestMatchers("/admin/notifications", "/admin/notifications/**", "/api/v1/admin/notifications/**")
			.hasRole(Role.ADMINISTRATOR.name());
		rules.requestMatchers("/my/notifications", "/api/v1/my/notifications").hasRole(Role.APPLICANT.name());
	}
}
