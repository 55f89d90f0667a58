package vn.motcua.organization.web;

import java.util.List;
import java.util.Map;
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
		return administrator().map(this::ofHomeAgency).orElse(false);
	}

	/** Whether the signed-in administrator administers that agency. */
	boolean administers(UUID agencyId) {
		return administrator().map(user -> user.hasRole(Role.ADMINISTRATOR, agencyId) || ofHomeAgency(user))
			.orElse(false);
	}

	/** The agencies the signed-in administrator administers, by code. */
	List<Agency> administered() {
		return organization.agencies().stream().filter(agency -> administers(agency.id())).toList();
	}

	/** The path's agency must be one the administrator administers; a malformed id is left to the page's 400. */
	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		Map<String, String> variables = context.getVariables();
		UUID agencyId;
		try {
			agencyId = UUID.fromString(variables.get(AGENCY_ID));
		}
		catch (IllegalArgumentException | NullPointerException malformed) {
			return new AuthorizationDecision(administrator().isPresent());
		}
		return new AuthorizationDecision(administers(agencyId));
	}

	/** The installation's administration, as an authorization manager for the agencies' list and its creation. */
	AuthorizationManager<RequestAuthorizationContext> installation() {
		return (authentication, context) -> new AuthorizationDecision(administersAll());
	}

	private Optional<CurrentUser> administrator() {
		return accounts.currentUser().filter(user -> user.hasRole(Role.ADMINISTRATOR));
	}

	private boolean ofHomeAgency(CurrentUser user) {
		return organization.homeAgency().map(home -> user.hasRole(Role.ADMINISTRATOR, home.id())).orElse(false);
	}
}
