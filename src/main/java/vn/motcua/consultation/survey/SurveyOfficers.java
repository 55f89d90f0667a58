package vn.motcua.consultation.survey;

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
 * Who does what with a survey of their agency: specialists, unit heads and the leader prepare it;
 * only a unit head or the leader opens, extends and closes it; the People's Inspection Board reads
 * it and its results and changes nothing; the one-stop desk, where paper forms are handed in, enters
 * them and does nothing else. Officer roles never reach past their agency.
 */
@Component
class SurveyOfficers {

	static final Set<Role> READERS = Set.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER,
			Role.PEOPLES_INSPECTOR);
	static final Set<Role> PREPARERS = Set.of(Role.SPECIALIST, Role.UNIT_HEAD, Role.AGENCY_LEADER);
	/** Every officer role, the administrator's included: whoever works in the agency answers its staff surveys. */
	static final Set<Role> STAFF = EnumSet.complementOf(EnumSet.of(Role.APPLICANT));
	static final Set<Role> DECIDERS = Set.of(Role.UNIT_HEAD, Role.AGENCY_LEADER);
	/** The preparers, and the reception officer, who collects paper forms at the counter. */
	static final Set<Role> PAPER_ENTRANTS = Set.of(Role.RECEPTION_OFFICER, Role.SPECIALIST, Role.UNIT_HEAD,
			Role.AGENCY_LEADER);

	private final OrganizationManagement organization;

	SurveyOfficers(OrganizationManagement organization) {
		this.organization = organization;
	}

	/**
	 * The officer's own agency, whose surveys they prepare (PREPARERS), read (READERS) or enter paper
	 * forms of (PAPER_ENTRANTS), if they hold one of the roles there.
	 */
	Agency ownAgency(CurrentUser user, Set<Role> roles) {
		return organization.agencyOf(user, roles)
			.orElseThrow(() -> new AccessDeniedException("Needs one of " + roles + " in an agency"));
	}

	/** A survey of another agency is not found, as if it did not exist. */
	void requireReader(Survey survey, CurrentUser user) {
		if (!holdsAny(user, survey, READERS)) {
			throw new NotFoundException("survey.unknown");
		}
	}

	void requirePreparer(Survey survey, CurrentUser user) {
		requireReader(survey, user);
		require(user, agencyId(survey), PREPARERS);
	}

	void requireDecider(Survey survey, CurrentUser user) {
		requireReader(survey, user);
		require(user, agencyId(survey), DECIDERS);
	}

	/**
	 * Who enters the survey's paper forms: the desk knows the survey only for that, so to an officer
	 * holding neither an entrant's nor a reader's role in its agency it is not found.
	 */
	void requirePaperEntrant(Survey survey, CurrentUser user) {
		if (!holdsAny(user, survey, PAPER_ENTRANTS)) {
			requireReader(survey, user);
		}
		require(user, agencyId(survey), PAPER_ENTRANTS);
	}

	SurveyActions actions(Survey survey, CurrentUser user) {
		return new SurveyActions(holdsAny(user, survey, PREPARERS), holdsAny(user, survey, DECIDERS),
				holdsAny(user, survey, PAPER_ENTRANTS));
	}

	/** Whether the officer prepares surveys of their own agency. */
	boolean mayPrepare(CurrentUser user) {
		return organization.agencyOf(user, PREPARERS).isPresent();
	}

	/** Any officer role of the survey's agency: who answers a staff survey. */
	boolean isStaff(Survey survey, CurrentUser user) {
		return holdsAny(user, survey, STAFF);
	}

	private boolean holdsAny(CurrentUser user, Survey survey, Set<Role> roles) {
		UUID agencyId = agencyId(survey);
		return roles.stream().anyMatch(role -> user.hasRole(role, agencyId));
	}

	private static void require(CurrentUser user, UUID agencyId, Set<Role> roles) {
		if (roles.stream().noneMatch(role -> user.hasRole(role, agencyId))) {
			throw new AccessDeniedException("Needs one of " + roles);
		}
	}

	private UUID agencyId(Survey survey) {
		return organization.agencyByCode(survey.agencyCode()).map(Agency::id)
			.orElseThrow(() -> new IllegalStateException("Unknown agency " + survey.agencyCode()));
	}
}
