package vn.motcua.disclosure;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.NotFoundException;

/**
 * Who of an agency does what with its publications. The access rules let the roles reach the paths;
 * this checks that the officer holds the role for the publication's own agency, and hides it from
 * anyone who may not see it: everyone outside the agency, and a draft from the officers who neither
 * prepare publications nor supervise.
 */
@Component
class DisclosureOfficers {

	/** Prepare, edit and prepare a replacement. */
	static final Set<Role> PREPARERS = Set.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER);
	/** Publish and withdraw (decision 0025). */
	static final Set<Role> PUBLISHERS = Set.of(Role.UNIT_HEAD, Role.AGENCY_LEADER);
	/** See drafts too: those who prepare, and the People's Inspection Board, which only reads. */
	static final Set<Role> DRAFT_READERS = Set.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER,
			Role.PEOPLES_INSPECTOR);
	/** Every officer role, the administrator's included: whoever works in the agency reads its publications. */
	static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.APPLICANT));

	private final OrganizationManagement organization;

	DisclosureOfficers(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** The officer's own agency, which they prepare publications for, if they prepare there. */
	Agency preparingAgency(CurrentUser user) {
		return agencyOf(user, PREPARERS);
	}

	boolean mayPrepare(CurrentUser user) {
		return organization.agencyOf(user, PREPARERS).isPresent();
	}

	/** The officer's own agency, whose publications they read, in any officer role. */
	UUID staffAgency(CurrentUser user) {
		return agencyOf(user, STAFF).id();
	}

	private Agency agencyOf(CurrentUser user, Set<Role> roles) {
		return organization.agencyOf(user, roles)
			.orElseThrow(() -> new AccessDeniedException("Not allowed for publications of any agency: needs one of " + roles));
	}

	/**
	 * @throws NotFoundException when the user may not see the publication at all
	 * @throws AccessDeniedException when they see it but may not do this
	 */
	void require(Disclosure disclosure, CurrentUser user, Set<Role> roles) {
		if (!maySee(disclosure, user)) {
			throw new NotFoundException("disclosure.unknown");
		}
		require(disclosure.agencyId(), user, roles);
	}

	/** Whether the officer sees it in the officers' pages. */
	boolean maySee(Disclosure disclosure, CurrentUser user) {
		return disclosure.status() == DisclosureStatus.DRAFT ? seesDrafts(disclosure.agencyId(), user)
				: isStaff(disclosure.agencyId(), user);
	}

	boolean seesDrafts(UUID agencyId, CurrentUser user) {
		return holdsAny(agencyId, user, DRAFT_READERS);
	}

	/** Whether the user is an officer of the agency, in any role: a staff publication's audience. */
	boolean isStaff(UUID agencyId, CurrentUser user) {
		return user.roles().stream().anyMatch(grant -> grant.role().isOfficerRole() && agencyId.equals(grant.agencyId()));
	}

	static boolean holdsAny(UUID agencyId, CurrentUser user, Set<Role> roles) {
		return roles.stream().anyMatch(role -> user.hasRole(role, agencyId));
	}

	private static void require(UUID agencyId, CurrentUser user, Set<Role> roles) {
		if (!holdsAny(agencyId, user, roles)) {
			throw new AccessDeniedException("Not allowed for publications of this agency: needs one of " + roles);
		}
	}
}
