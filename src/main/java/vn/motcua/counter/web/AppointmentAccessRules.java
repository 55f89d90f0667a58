package vn.motcua.counter.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.Role;
import vn.motcua.organization.AgencyAdministrators;
import vn.motcua.shared.AccessRules;

/**
 * Anyone books an appointment without signing in, and asks for its link again (it goes to the booking's own
 * contact); whoever holds its key reads and cancels it (the service checks the key). An agency's appointment
 * rules are set by who administers the agency: the rule names the path, not a controller, so that no page
 * under it can miss it.
 */
@Component
class AppointmentAccessRules implements AccessRules {

	/** The administrators' pages of the agencies' appointment rules. */
	static final String RULES = "/admin/appointments";
	static final String AGENCY_CODE = "agencyCode";

	private final AgencyAdministrators administrators;

	AppointmentAccessRules(AgencyAdministrators administrators) {
		this.administrators = administrators;
	}

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		// the API's days, slots and an appointment by its key
		rules.requestMatchers(HttpMethod.GET, "/appointments/new", "/appointments/*", "/api/v1/appointments/*")
			.permitAll();
		rules.requestMatchers(HttpMethod.POST, "/appointments", "/appointments/link", "/appointments/*/cancellation",
				"/api/v1/appointments", "/api/v1/appointments/*/cancellation", "/api/v1/appointments/link-requests")
			.permitAll();
		// each agency's appointment rules for those who administer the agency (decision 0034, later section)
		String agency = RULES + "/{" + AGENCY_CODE + "}";
		rules.requestMatchers(agency, agency + "/**").access(administrators.ofAgencyCodeIn(AGENCY_CODE));
		rules.requestMatchers(RULES).hasRole(Role.ADMINISTRATOR.name());
	}
}
