package vn.motcua.consultation;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.NotFoundException;

/**
 * Who of an agency does what with its consultations. The access rules let the roles reach the
 * paths; this checks that the officer holds the role for the consultation's own agency, and hides a
 * consultation from anyone who is no officer of it.
 */
@Component
class ConsultationOfficers {

	/** Prepare, edit and decide on comments. */
	static final Set<Role> DRAFTERS = Set.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER);
	/** Open, extend and publish the synthesis. */
	static final Set<Role> PUBLISHERS = Set.of(Role.UNIT_HEAD, Role.AGENCY_LEADER);
	/** Read every consultation of the agency in the officers' pages; the People's Inspection Board only reads. */
	static final Set<Role> READERS = Set.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER,
			Role.PEOPLES_INSPECTOR);

	private final OrganizationManagement organization;

	ConsultationOfficers(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** The officer's own agency, which they prepare consultations for, if they draft there. */
	Agency draftingAgency(CurrentUser user) {
		return agencyOf(user, DRAFTERS);
	}

	boolean mayPrepare(CurrentUser user) {
		return organization.agencyOf(user, DRAFTERS).isPresent();
	}

	/** The officer's own agency, whose consultations they read in the officers' pages. */
	UUID readableAgency(CurrentUser user) {
		return agencyOf(user, READERS).id();
	}

	private Agency agencyOf(CurrentUser user, Set<Role> roles) {
		return organization.agencyOf(user, roles).orElseThrow(
				() -> new AccessDeniedException("Not allowed for consultations of any agency: needs one of " + roles));
	}

	/**
	 * @throws NotFoundException when the user is no reader of the consultation's agency
	 * @throws AccessDeniedException when they read it but may not do this
	 */
	void require(Consultation consultation, CurrentUser user, Set<Role> roles) {
		if (!holdsAny(consultation.agencyId(), user, READERS)) {
			throw new NotFoundException("consultation.unknown");
		}
		require(consultation.agencyId(), user, roles);
	}

	/** Whether the user is an officer of the agency, in any role: a staff consultation's audience. */
	boolean isStaff(UUID agencyId, @Nullable CurrentUser user) {
		return user != null && user.roles().stream().anyMatch(grant -> grant.role().isOfficerRole()
				&& agencyId.equals(grant.agencyId()));
	}

	/** Whether the user may read the opened consultation outside the officers' pages. */
	boolean mayRead(Consultation consultation, @Nullable CurrentUser user) {
		return consultation.status() != ConsultationStatus.PREPARING
				&& (consultation.isPublic() || isStaff(consultation.agencyId(), user));
	}

	private static void require(UUID agencyId, CurrentUser user, Set<Role> roles) {
		if (!holdsAny(agencyId, user, roles)) {
			throw new AccessDeniedException("Not allowed for consultations of this agency: needs one of " + roles);
		}
	}

	private static boolean holdsAny(UUID agencyId, CurrentUser user, Set<Role> roles) {
		return roles.stream().anyMatch(role -> user.hasRole(role, agencyId));
	}
}
