package vn.motcua.shared;

import java.util.Set;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's explicit access rules for the paths it serves. The security configuration applies
 * every module's rules and denies whatever no rule names, so that no endpoint is left open by
 * omission.
 */
@FunctionalInterface
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

	/**
	 * Exact paths of this module's public API that change no state, which anonymous clients call
	 * without a session and so without a CSRF token. A forged cross-site request to them can neither
	 * change anything nor read the answer. Only paths under {@code /api/} are exempted: pages keep CSRF.
	 */
	default Set<String> csrfExemptApiPaths() {
		return Set.of();
	}
}
