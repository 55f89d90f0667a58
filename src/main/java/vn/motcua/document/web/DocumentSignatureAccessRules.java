package vn.motcua.document.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import vn.motcua.shared.AccessRules;

/**
 * Anyone may check a signed result: the page (a form, so CSRF stays on) and the API (which, like
 * every API request without a session, needs no CSRF token).
 */
@Component
class DocumentSignatureAccessRules implements AccessRules {

	static final String API = "/api/v1/verifications";

	@Override
	public void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(HttpMethod.GET, "/verify").permitAll();
		rules.requestMatchers(HttpMethod.POST, "/verify", API).permitAll();
	}
}
