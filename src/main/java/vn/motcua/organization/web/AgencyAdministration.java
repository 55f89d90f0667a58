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
import vn.motcua.organization.OrganizationManagement;

/**
 * Who administers which agency (decision 0039): an administrator of the home agency administers the
 * installation, every agency and the list of them; an administrator granted in another agency
 * administers that agency only. The access rules ask it for every path under
 * {@code /admin/agencies/{agencyId}}, so that a page a new controller adds there is guarded as well.
 */
@Component
class AgencyAdministration implements AuthorizationManager<RequestAuthorizationContext> {

	static final String AGENCY_ID = "agencyId";

	private final OrganizationManagement organization;
	private final AccountManagement accounts;

	AgencyAdministration(OrganizationManagement organization, AccountManagement accounts) {
		this.organization = organization;
		this.accounts = accounts;
	}

	/** Whether the signed-in administrator administers every agency: one of the home agency. */
	boolean administersAll() {
		return administersAll(accounts.currentUser());
	}

	/** Whether the signed-in administrator administers that agency. */
	boolean administers(UUID agencyId) {
		return administers(accounts.currentUser(), agencyId);
	}

	/** The agencies the signed-in administrator administers, by code. */
	List<Agency> administered() {
		Optional<CurrentUser> user = accounts.currentUser();
		return organization.agencies().stream().filter(agency -> administers(user, agency.id())).toList();
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
			return new AuthorizationDecision(administrator(user).isPresent());
		}
		return new AuthorizationDecision(administers(user, agencyId));
	}

	/** The installation's administration, as an authorization manager for the agencies' list and its creation. */
	AuthorizationManager<RequestAuthorizationContext> installation() {
		return (authentication, context) -> new AuthorizationDecision(administersAll(accounts.userOf(authentication.get())));
	}

	private boolean administersAll(Optional<CurrentUser> user) {
		return administrator(user).map(this::ofHomeAgency).orElse(false);
	}

	private boolean administers(Optional<CurrentUser> user, UUID agencyId) {
		return administrator(user).map(admin -> admin.hasRole(Role.ADMINISTRATOR, agencyId) || ofHomeAgency(admin))
			.orElse(false);
	}

	private static Optional<CurrentUser> administrator(Optional<CurrentUser> user) {
		return user.filter(candidate -> candidate.hasRole(Role.ADMINISTRATOR));
	}

	private boolean ofHomeAgency(CurrentUser user) {
		return organization.homeAgency().map(home -> user.hasRole(Role.ADMINISTRATOR, home.id())).orElse(false);
	}
}
