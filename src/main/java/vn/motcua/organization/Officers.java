package vn.motcua.organization;

import static vn.motcua.organization.OrganizationChanges.required;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.OfficerUsername;
import vn.motcua.identity.Role;
import vn.motcua.identity.RoleGrant;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.NotFoundException;

/** The officers of each agency, with their accounts and roles, in the units they work in. */
@Component
class Officers {

	private final OfficerRepository officers;
	private final Agencies agencies;
	private final Units units;
	private final AccountManagement accounts;
	private final OrganizationChanges changes;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Officers(OfficerRepository officers, Agencies agencies, Units units, AccountManagement accounts,
			OrganizationChanges changes, ApplicationEventPublisher events, Clock clock) {
		this.officers = officers;
		this.agencies = agencies;
		this.units = units;
		this.accounts = accounts;
		this.changes = changes;
		this.events = events;
		this.clock = clock;
	}

	Officer create(OfficerRegistration registration) {
		UUID agencyId = registration.agencyId();
		agencies.agency(agencyId);
		units.requireUnitOf(agencyId, registration.unitId(), "unitId");
		String fullName = required("fullName", registration.fullName());
		String positionTitle = required("positionTitle", registration.positionTitle());
		String username = registration.username().trim();
		if (!OfficerUsername.isValid(username)) {
			throw new InvalidFieldException("username", "identity.username.invalid");
		}
		UUID accountId = accounts.createOfficer(username, fullName, registration.phone(), registration.email(),
				registration.initialPassword(), registration.passwordChosenBy(), grants(registration.roles(), agencyId));
		Officer officer = officers.save(Officer.create(accountId, agencyId, registration.unitId(), fullName,
				positionTitle));
		changes.publish("officer.created", "Officer", officer.id(), agencyId,
				"Created officer " + fullName + " (" + username + ")");
		return officer;
	}

	Officer update(UUID officerId, UUID unitId, String fullName, String positionTitle, @Nullable String phone,
			@Nullable String email, Set<Role> roles) {
		Officer officer = officer(officerId);
		units.requireUnitOf(officer.agencyId(), unitId, "unitId");
		String newName = required("fullName", fullName);
		String newPosition = required("positionTitle", positionTitle);
		accounts.updateOfficer(officer.accountId(), newName, phone, email, grants(roles, officer.agencyId()));
		Officer changed = officers.save(officer.change(unitId, newName, newPosition));
		changes.publish("officer.updated", "Officer", officerId, officer.agencyId(), "Officer " + newName + " changed");
		publishMove(officer, changed);
		return changed;
	}

	/**
	 * Tells the modules holding work of the officer that they left their unit (when they did), with
	 * their account locked against work being given to them meanwhile: see {@link OfficerMoved}.
	 */
	private void publishMove(Officer before, Officer after) {
		if (before.unitId().equals(after.unitId())) {
			return;
		}
		accounts.lockAgainstWork(after.accountId());
		events.publishEvent(new OfficerMoved(Actor.current(), clock.instant(), after.id(), after.accountId(),
				after.fullName(), before.unitId(), after.unitId()));
	}

	Officer officer(UUID officerId) {
		return officers.findById(officerId).orElseThrow(() -> new NotFoundException("organization.officer.not-found"));
	}

	Optional<Officer> ofAccount(UUID accountId) {
		return officers.findByAccountId(accountId);
	}

	List<Officer> ofAccounts(Collection<UUID> accountIds) {
		return accountIds.isEmpty() ? List.of() : officers.findByAccountIdIn(accountIds);
	}

	List<Officer> of(UUID agencyId) {
		return officers.findByAgencyIdOrderByFullName(agencyId);
	}

	List<Officer> ofUnit(UUID agencyId, UUID unitId) {
		Set<UUID> subtree = units.tree(agencyId).subtree(unitId);
		return of(agencyId).stream().filter(officer -> subtree.contains(officer.unitId())).toList();
	}

	/** Officer roles only (never APPLICANT), at least one, each for the given agency. */
	private static Set<RoleGrant> grants(Set<Role> roles, UUID agencyId) {
		if (roles.isEmpty()) {
			throw new InvalidFieldException("roles", "organization.roles.required");
		}
		if (!roles.stream().allMatch(Role::isOfficerRole)) {
			throw new InvalidFieldException("roles", "organization.officer.roles.officer-only");
		}
		return roles.stream().map(role -> RoleGrant.officer(role, agencyId)).collect(Collectors.toSet());
	}
}
