package vn.motcua.catalog.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import vn.motcua.catalog.CatalogManagement;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.AgencyAdministrators;
import vn.motcua.organization.OrganizationManagement;

/**
 * Whose procedures an administrator administers (decision 0040): the installation's administrators every
 * agency's, another agency's administrator the procedures that name their agency. The access rules put
 * it on the paths of a procedure and of a draft, so that a page added under them is guarded as well; the
 * forms ask it about the agency a procedure is given.
 */
@Component
class CatalogAdministration {

	static final String PROCEDURE_CODE = "code";
	static final String DRAFT_ID = "id";

	private final CatalogManagement catalog;
	private final AgencyAdministrators administrators;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;

	CatalogAdministration(CatalogManagement catalog, AgencyAdministrators administrators, AccountManagement accounts,
			OrganizationManagement organization) {
		this.catalog = catalog;
		this.administrators = administrators;
		this.accounts = accounts;
		this.organization = organization;
	}

	/** Whether the signed-in administrator administers every agency's procedures and the sectors. */
	boolean administersAll() {
		return administrators.administersAll(accounts.currentUser());
	}

	/** Whether the signed-in administrator administers the procedures of the agency of that code. */
	boolean administers(String agencyCode) {
		return administrators.administers(accounts.currentUser(), agencyCode);
	}

	/** The agency a new procedure is proposed for: the home agency for its administrators, else their own. */
	Optional<Agency> proposedAgency() {
		Optional<CurrentUser> user = accounts.currentUser();
		return organization.homeAgency().filter(home -> administrators.administers(user, home.id()))
			.or(() -> administrators.administered(user).stream().findFirst());
	}

	/** The codes of the agencies whose procedures the signed-in administrator administers. */
	List<String> administeredAgencyCodes() {
		return administrators.administered(accounts.currentUser()).stream().map(Agency::code).toList();
	}

	/**
	 * The agency whose units a draft's steps are offered: the draft's agency, named by its code in any
	 * case, when the administrator administers it, else the agency a new procedure is proposed for
	 * (decision 0046): never another agency's units.
	 */
	Optional<Agency> agencyOfUnits(String agencyCode) {
		Optional<CurrentUser> user = accounts.currentUser();
		return organization.agencyByCode(agencyCode.strip())
			.filter(agency -> administrators.administers(user, agency.id()))
			.or(this::proposedAgency);
	}

	/** A procedure may be given only an agency the administrator administers; the form says so beside the field. */
	void rejectAgencyNotAdministered(DraftForm form, BindingResult errors) {
		String agencyCode = form.getAgencyCode().trim();
		if (!agencyCode.isEmpty() && !administers(agencyCode)) {
			errors.rejectValue("agencyCode", "catalog.form.agency.not-administered", new Object[] { agencyCode },
					"catalog.form.agency.not-administered");
		}
	}

	/** The procedure of the path's code must be of an agency the administrator administers. */
	AuthorizationManager<RequestAuthorizationContext> ofProcedure() {
		return ofAgency(catalog::agencyOf, PROCEDURE_CODE);
	}

	/** The draft (or version) of the path's id must be of an agency the administrator administers. */
	AuthorizationManager<RequestAuthorizationContext> ofDraft() {
		return ofAgency(id -> parsed(id).flatMap(catalog::findVersion).map(version -> version.content().agencyCode()),
				DRAFT_ID);
	}

	/**
	 * An unknown procedure or draft, or a malformed id, is let through for administrators, to the page's
	 * 404 or 400. Judges the authentication it is given, not the signed-in user.
	 */
	private AuthorizationManager<RequestAuthorizationContext> ofAgency(Function<String, Optional<String>> agencyOf,
			String variable) {
		return (authentication, context) -> {
			Optional<CurrentUser> user = accounts.userOf(authentication.get());
			Optional<String> agencyCode = Optional.ofNullable(context.getVariables().get(variable)).flatMap(agencyOf);
			return new AuthorizationDecision(agencyCode.map(code -> administrators.administers(user, code))
				.orElseGet(() -> user.filter(admin -> admin.hasRole(Role.ADMINISTRATOR)).isPresent()));
		};
	}

	private static Optional<UUID> parsed(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}
}
