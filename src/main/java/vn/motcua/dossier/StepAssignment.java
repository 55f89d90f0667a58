package vn.motcua.dossier;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.AccountState;
import vn.motcua.identity.AccountSummary;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * Who holds a dossier's current step, and giving it to another officer: a step assigned to one
 * officer waits for them alone, so when they are away the unit head (or the agency's leader) gives
 * it to a colleague who holds the step's role, or back to the whole unit. (When their account is
 * disabled, the step's role is taken from them or they move to another unit, {@link StepsHandedBack}
 * gives it back to the unit by itself.)
 */
@Service
@Transactional
public class StepAssignment {

	private final DossierRepository dossiers;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	StepAssignment(DossierRepository dossiers, AccountManagement accounts, OrganizationManagement organization,
			ApplicationEventPublisher events, Clock clock) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.organization = organization;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Whether the officer oversees the dossier's current step: the agency's leader, or the head of the
	 * unit the step names or of the unit of the officer it is assigned to (the unit head's queue view).
	 */
	boolean oversees(Dossier dossier, CurrentUser user) {
		DossierStep step = dossier.currentStep();
		Optional<Agency> agency = organization.agencyByCode(dossier.agencyCode());
		if (step == null || dossier.heldByAgency() != null || agency.isEmpty()) {
			return false;
		}
		if (user.hasRole(Role.AGENCY_LEADER, agency.get().id())) {
			return true;
		}
		return organization.officerOfAccount(user.accountId())
			.filter(head -> head.agencyId().equals(agency.get().id()) && user.hasRole(Role.UNIT_HEAD, head.agencyId()))
			.filter(head -> head.unitId().equals(step.unitId()) || step.holderAccountId() != null
					&& organization.officersOfUnit(head.agencyId(), head.unitId()).stream()
						.anyMatch(member -> member.accountId().equals(step.holderAccountId())))
			.isPresent();
	}

	/** Whether the signed-in officer may give the dossier's current step to another officer. */
	@Transactional(readOnly = true)
	public boolean mayReassign(Dossier dossier) {
		return oversees(dossier, accounts.currentUser().orElseThrow());
	}

	/**
	 * The officers who could hold the dossier's current step: of its agency, with its role, in the unit
	 * it names if it names one, each with whether their account may sign in; by name.
	 */
	@Transactional(readOnly = true)
	public List<StepHolder> candidates(Dossier dossier) {
		DossierStep step = dossier.currentStep();
		Optional<Agency> agency = organization.agencyByCode(dossier.agencyCode());
		if (step == null || agency.isEmpty()) {
			return List.of();
		}
		List<Officer> officers = organization.officers(agency.get().id()).stream()
			.filter(officer -> step.unitId() == null || step.unitId().equals(officer.unitId()))
			.toList();
		Map<UUID, AccountSummary> summaries = accounts.summaries(officers.stream().map(Officer::accountId).toList());
		return officers.stream()
			.filter(officer -> summaries.containsKey(officer.accountId()))
			.filter(officer -> summaries.get(officer.accountId()).roles().stream()
				.anyMatch(grant -> grant.role() == step.role() && agency.get().id().equals(grant.agencyId())))
			.map(officer -> {
				AccountSummary account = summaries.get(officer.accountId());
				return new StepHolder(officer.accountId(), account.username(), officer.fullName(),
						account.state() == AccountState.ACTIVE, officer.accountId().equals(step.holderAccountId()));
			})
			.sorted(Comparator.comparing(StepHolder::fullName))
			.toList();
	}

	/**
	 * Gives the current step to the officer with that user name, one of the {@link #candidates} who may
	 * sign in, or with none to every holder of its role (in its unit).
	 */
	public Dossier reassign(String code, @Nullable String username) {
		Dossier dossier = dossiers.findByCode(code.trim())
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		if (!oversees(dossier, accounts.currentUser().orElseThrow())) {
			throw new AccessDeniedException("Not the head overseeing the dossier's current step");
		}
		if (username == null || username.isBlank()) {
			dossier.assignCurrentStep(null, null, Actor.current(), clock.instant());
		}
		else {
			// locked before the candidates are read: a disable in progress is waited for and seen (decision 0033)
			accounts.findByUsername(username.trim()).ifPresent(named -> accounts.lockForWork(named.id()));
			StepHolder holder = candidates(dossier).stream()
				.filter(candidate -> candidate.active() && candidate.username().equals(username.trim()))
				.findFirst()
				.orElseThrow(() -> new InvalidRequestException("dossier.work.assignment.invalid", username.trim()));
			dossier.assignCurrentStep(holder.accountId(), holder.fullName(), Actor.current(), clock.instant());
		}
		Dossier saved = dossiers.save(dossier);
		dossier.takeEvents().forEach(events::publishEvent);
		return saved;
	}
}
