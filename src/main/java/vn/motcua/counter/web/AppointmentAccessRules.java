package vn.motcua.counter.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;

/**
 * Anyone books an appointment without signing in, and asks for its link again (it goes to the booking's own
 * contact); whoever holds its key reads and cancels it (the service checks the key).
 */
@Component
class AppointmentAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		// the API's days, slots and an appointment by its key
		rules.requestMatchers(HttpMethod.GET, "/appointments/new", "/appointments/*", "/api/v1/appointments/*")
			.permitAll();
		rules.requestMatchers(HttpMethod.POST, "/appointments", "/appointments/link", "/appointments/*/cancellation",
				"/api/v1/appointments", "/api/v1/appointments/*/cancellation", "/api/v1/appointments/link-requests")
			.permitAll();
	}
}
