package vn.motcua.identity.web;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.identity.ExpiredForms;
import vn.motcua.identity.Role;
import vn.motcua.shared.AccessRules;

@Component
class IdentityAccessRules implements AccessRules {

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers("/login", "/register", PasswordResetController.PAGE, PasswordResetController.PAGE + "/new")
			.permitAll();
		// a form sent without its session's token is forwarded there (ExpiredForms): it shows nothing else
		rules.requestMatchers(ExpiredForms.PAGE).permitAll();
		rules.requestMatchers("/api/v1/me").authenticated();
		rules.requestMatchers("/account", "/api/v1/account").hasRole(Role.APPLICANT.name());
		// applicants and officers alike
		rules.requestMatchers(PasswordController.PAGE).authenticated();
	}
}
