package vn.motcua.organization;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.shared.InstallationAdministration;

/**
 * Who administers which agency (decisions 0039 and 0040): an administrator granted in the home agency
 * administers the installation and every agency; an administrator granted in another agency administers
 * that agency only. The organization pages, the catalogue and the installation's pages all ask here.
 */
@Component
public class AgencyAdministrators implements InstallationAdministration {

	private final OrganizationManagement organization;
	private final AccountManagement accounts;

	AgencyAdministrators(OrganizationManagement organization, AccountManagement accounts) {
		this.organization = organization;
		this.accounts = accounts;
	}

	@Override
	public boolean administersInstallation(@Nullable Authentication authentication) {
		return administersAll(accounts.userOf(authentication));
	}

	/** Whether the user administers every agency: an administrator of the home agency. */
	public boolean administersAll(Optional<CurrentUser> user) {
		return administrator(user).map(this::ofHomeAgency).orElse(false);
	}

	/** Whether the user administers that agency. */
	public boolean administers(Optional<CurrentUser> user, UUID agencyId) {
		return administrator(user).map(admin -> admin.hasRole(Role.ADMINISTRATOR, agencyId) || ofHomeAgency(admin))
			.orElse(false);
	}

	/** Whether the user administers the agency of that code; an unknown code only for the installation's. */
	public boolean administers(Optional<CurrentUser> user, String agencyCode) {
		return administersAll(user) || organization.agencyByCode(agencyCode)
			.map(agency -> administers(user, agency.id())).orElse(false);
	}

	/**
	 * An access rule for the paths of one agency named by its code in the path's {@code variable} (an agency's
	 * appointment rules, decision 0034): who administers that agency; an unknown code only the installation's
	 * administrators, to the page's 404. It judges the authentication it is given.
	 */
	public AuthorizationManager<RequestAuthorizationContext> ofAgencyCodeIn(String variable) {
		return (authentication, context) -> {
			String agencyCode = context.getVariables().get(variable);
			return new AuthorizationDecision(
					agencyCode != null && administers(accounts.userOf(authentication.get()), agencyCode));
		};
	}

	/** The agencies the user administers, by code. */
	public List<Agency> administered(Optional<CurrentUser> user) {
		return organization.agencies().stream().filter(agency -> administers(user, agency.id())).toList();
	}

	private static Optional<CurrentUser> administrator(Optional<CurrentUser> user) {
		return user.filter(candidate -> candidate.hasRole(Role.ADMINISTRATOR));
	}

	private boolean ofHomeAgency(CurrentUser user) {
		return organization.homeAgency().map(home -> user.hasRole(Role.ADMINISTRATOR, home.id())).orElse(false);
	}
}
