package vn.motcua.notification.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;
import vn.motcua.shared.InstallationAdministration;

/**
 * The templates are the installation's and the message log holds every agency's messages: both are the
 * installation's administrators' (decision 0040). Applicants see their own notices.
 */
@Component
class NotificationAccessRules implements AccessRules {

	private final InstallationAdministration installation;

	NotificationAccessRules(InstallationAdministration installation) {
		this.installation = installation;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		// the SMS gateway calls it; the shared secret header is checked by the controller
		rules.requestMatchers(HttpMethod.POST, "/api/v1/sms/inbound").permitAll();
		rules.requestMatchers("/admin/notifications", "/admin/notifications/**", "/api/v1/admin/notifications/**")
			.access(installation.rule());
		rules.requestMatchers("/my/notifications", "/api/v1/my/notifications").hasRole(Role.APPLICANT.name());
	}
}
