package vn.motcua.counter.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;

/** Anyone books, reads by its code and cancels with its phone number an appointment, without signing in. */
@Component
class AppointmentAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/appointments/new", "/appointments/cancel", "/appointments/*",
				"/api/v1/appointments/days", "/api/v1/appointments/slots").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/appointments", "/appointments/cancel", "/api/v1/appointments",
				"/api/v1/appointments/*/cancellation").permitAll();
	}
}
