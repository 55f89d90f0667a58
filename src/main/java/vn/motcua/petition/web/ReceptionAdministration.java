package vn.motcua.petition.web;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.organization.AgencyAdministrators;

/**
 * Whose reception schedule an administrator sets (decision 0052), as they administer agencies (decisions
 * 0039, 0040): the installation's administrators every agency's, another agency's administrator their
 * own. The access rules ask it for every path under {@code /admin/reception/{agencyCode}}, so that a page
 * added there is guarded as well. An unknown code is let through for the installation's administrators,
 * to the page's 404, and refused to the others.
 */
@Component
class ReceptionAdministration implements AuthorizationManager<RequestAuthorizationContext> {

	static final String AGENCY_CODE = "agencyCode";

	private final AgencyAdministrators administrators;
	private final AccountManagement accounts;

	ReceptionAdministration(AgencyAdministrators administrators, AccountManagement accounts) {
		this.administrators = administrators;
		this.accounts = accounts;
	}

	/** Judges the authentication it is given, which is the signed-in user's in a request's own check. */
	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String agencyCode = context.getVariables().get(AGENCY_CODE);
		return new AuthorizationDecision(agencyCode != null
				&& administrators.administers(accounts.userOf(authentication.get()), agencyCode));
	}
}
