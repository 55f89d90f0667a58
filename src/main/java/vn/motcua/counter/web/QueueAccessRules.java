package vn.motcua.counter.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

/**
 * The waiting room's display is public; the desk officers issue, call and end tickets and read the day's
 * appointments (the services check that they are the desk of the agency).
 */
@Component
class QueueAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/queue/display").permitAll();
		rules.requestMatchers(HttpMethod.GET, "/desk/queue", "/desk/queue/tickets/*/slip", "/desk/appointments")
			.hasRole(Role.RECEPTION_OFFICER.name());
		rules.requestMatchers(HttpMethod.POST, "/desk/queue/tickets", "/desk/queue/check-ins", "/desk/queue/next",
				"/desk/queue/tickets/*/served", "/desk/queue/tickets/*/absent")
			.hasRole(Role.RECEPTION_OFFICER.name());
	}
}
