package vn.motcua.shared;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's explicit access rules for the paths it serves. The security configuration applies
 * every module's rules and denies whatever no rule names, so that no endpoint is left open by
 * omission.
 */
@FunctionalInterface
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);
}
