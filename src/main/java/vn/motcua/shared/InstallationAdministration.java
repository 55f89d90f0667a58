package vn.motcua.shared;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who administers the installation as a whole: an administrator granted in the home agency (decisions
 * 0039 and 0040). The organization module, which knows the home agency, answers it; here so that the
 * access rules of any module, even one that may not depend on the organization module, can ask.
 */
public interface InstallationAdministration {

	/**
	 * Whether the authentication is of an installation's administrator. Judges the authentication it is
	 * given, not the signed-in user: Spring Security's privilege evaluator asks about other requests.
	 */
	boolean administersInstallation(@Nullable Authentication authentication);

	/** The same, as an access rule for the paths that are the installation's. */
	default AuthorizationManager<RequestAuthorizationContext> rule() {
		return (authentication, context) -> new AuthorizationDecision(administersInstallation(authentication.get()));
	}
}
