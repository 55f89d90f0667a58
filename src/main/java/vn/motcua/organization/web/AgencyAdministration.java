package vn.motcua.organization.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyAdministrators;

/**
 * Who administers which agency (decision 0039): an administrator of the home agency administers the
 * installation, every agency and the list of them; an administrator granted in another agency
 * administers that agency only. The access rules ask it for every path under
 * {@code /admin/agencies/{agencyId}}, so that a page a new controller adds there is guarded as well.
 */
@Component
class AgencyAdministration implements AuthorizationManager<RequestAuthorizationContext> {

	static final String AGENCY_ID = "agencyId";

	private final AgencyAdministrators administrators;
	private final AccountManagement accounts;

	AgencyAdministration(AgencyAdministrators administrators, AccountManagement accounts) {
		this.administrators = administrators;
		this.accounts = accounts;
	}

	/** Whether the signed-in administrator administers every agency: one of the home agency. */
	boolean administersAll() {
		return administrators.administersAll(accounts.currentUser());
	}

	/** The agencies the signed-in administrator administers, by code. */
	List<Agency> administered() {
		return administrators.administered(accounts.currentUser());
	}

	/**
	 * The path's agency must be one the administrator administers; a malformed id is left to the page's 400.
	 * Judges the authentication it is given, which is the signed-in user's in a request's own check.
	 */
	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Optional<CurrentUser> user = accounts.userOf(authentication.get());
		UUID agencyId;
		try {
			agencyId = UUID.fromString(context.getVariables().get(AGENCY_ID));
		}
		catch (IllegalArgumentException | NullPointerException malformed) {
			return new AuthorizationDecision(user.filter(admin -> admin.hasRole(Role.ADMINISTRATOR)).isPresent());
		}
		return new AuthorizationDecision(administrators.administers(user, agencyId));
	}

	/** The installation's administration, as an authorization manager for the agencies' list and its creation. */
	AuthorizationManager<RequestAuthorizationContext> installation() {
		return administrators.rule();
	}
}
