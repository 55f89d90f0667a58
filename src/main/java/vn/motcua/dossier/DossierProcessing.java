package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.Pause;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.identity.Account;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * Processing along the internal process: forwarding, sending back and the other actions on a step
 * (the queues are {@link WorkQueues}).
 * Only an officer who may act on the current step moves the dossier.
 */
@Service
@Transactional
public class DossierProcessing {

	private final DossierRepository dossiers;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final RuleSets ruleSets;
	private final CatalogManagement catalog;
	private final StepAssignment assignment;
	private final StepsHandedBack handedBack;
	private final Clock clock;

	DossierProcessing(DossierRepository dossiers, AccountManagement accounts,
			OrganizationManagement organization, WorkingCalendar calendar, ApplicationEventPublisher events,
			RuleSets ruleSets, CatalogManagement catalog, StepAssignment assignment,
			StepsHandedBack handedBack, Clock clock) {
		this.assignment = assignment;
		this.handedBack = handedBack;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.organization = organization;
		this.calendar = calendar;
		this.events = events;
		this.ruleSets = ruleSets;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** A dossier the signed-in officer may act on now. */
	@Transactional(readOnly = true)
	public Dossier actionable(String code) {
		Dossier dossier = byCode(code);
		requireHolder(dossier);
		return dossier;
	}

	/**
	 * A dossier in the signed-in officer's hands: the holder of its current step (who, while it is away
	 * at a co-agency, may read it but not act on it), an officer of the co-agency holding it, or the
	 * head overseeing the step.
	 */
	@Transactional(readOnly = true)
	public DossierInHand inHand(String code) {
		Dossier dossier = byCode(code);
		CurrentUser officer = accounts.currentUser().orElseThrow();
		if (ofHoldingCoAgency(dossier, officer)) {
			return new DossierInHand(dossier, DossierInHand.Capacity.CO_AGENCY);
		}
		if (holdsCurrentStep(dossier, officer)) {
			return new DossierInHand(dossier, DossierInHand.Capacity.HOLDER);
		}
		if (assignment.oversees(dossier, officer)) {
			return new DossierInHand(dossier, DossierInHand.Capacity.OVERSEER);
		}
		throw new AccessDeniedException("Not the holder of the dossier's current step");
	}

	private Dossier byCode(String code) {
		return dossiers.findByCode(code.trim()).orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
	}

	/**
	 * Forwards the dossier to the next step; the current holder may assign that step to one officer
	 * (by user name) who holds its role in the dossier's agency and belongs to the unit it names, if it
	 * names one, as a unit head assigns a specialist. An officer of another unit, who holds the role there
	 * (a colleague of a unit merged away, or of the other half of a split), is refused as
	 * {@link StepAssignment#reassign} refuses them: they could not act on a step of a unit not theirs, and
	 * the step's own unit would no longer see it as free.
	 */
	public Dossier forward(String code, @Nullable String comment, @Nullable String assignee) {
		Dossier dossier = actionable(code);
		UUID assigneeId = assignee == null || assignee.isBlank() ? null : assignee(dossier, assignee.trim());
		boolean signedResultRequired = dossier.forwardReachesTheReturn() && issuesElectronicResult(dossier);
		dossier.forward(Actor.current(), blankToNull(comment), assigneeId, signedResultRequired, clock.instant());
		handedBack.handBackIfHolderCannotHold(dossier, Actor.current(), clock.instant());
		return save(dossier);
	}

	/** Whether the procedure version the dossier was submitted under issues its result electronically, signed. */
	boolean issuesElectronicResult(Dossier dossier) {
		return catalog.version(dossier.procedure().versionId()).content().electronicResult();
	}

	private UUID assignee(Dossier dossier, String username) {
		int next = dossier.steps().indexOf(dossier.currentStep()) + 1;
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		// locked, then checked as committed: a disable in progress is waited for and seen (decision 0033)
		Account account = accounts.findByUsername(username)
			.flatMap(named -> accounts.lockForWork(named.id()))
			.filter(candidate -> next < dossier.steps().size() && agencyId != null && candidate.roles().stream()
				.anyMatch(grant -> grant.role() == dossier.steps().get(next).role() && agencyId.equals(grant.agencyId())))
			.orElseThrow(() -> new InvalidFieldException("assignee", "dossier.work.assignee.invalid", username));
		if (!account.enabled()) {
			// the step would wait for an account nobody can sign in to
			throw new InvalidFieldException("assignee", "dossier.work.assignee.disabled", username);
		}
		UUID unit = dossier.steps().get(next).unitId();
		if (unit != null && organization.officerOfAccount(account.id()).map(Officer::unitId).filter(unit::equals)
			.isEmpty()) {
			throw new InvalidFieldException("assignee", "dossier.work.assignee.other-unit", username,
					organization.unit(unit).name());
		}
		return account.id();
	}

	public Dossier sendBack(String code, String comment) {
		Dossier dossier = actionable(code);
		dossier.sendBack(Actor.current(), comment.trim(), clock.instant());
		handedBack.handBackIfHolderCannotHold(dossier, Actor.current(), clock.instant());
		return save(dossier);
	}

	/** The holder of the current step asks the applicant for more documents (Mẫu 02); the clock pauses. */
	public Dossier requestSupplement(String code, List<String> missingItems) {
		Dossier dossier = actionable(code);
		int allowed = ruleSets.byId(String.valueOf(dossier.ruleSet())).supplementRequestsAllowed();
		dossier.requestSupplement(missingItems.stream().map(String::trim).filter(item -> !item.isEmpty()).toList(),
				allowed, clock.instant(), Actor.current());
		return save(dossier);
	}

	public Dossier requestPayment(String code, String note) {
		Dossier dossier = actionable(code);
		dossier.requestPayment(note.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/** The fees were paid; every due time moves by the working time the clock stood still. */
	public Dossier recordPayment(String code, String note) {
		Dossier dossier = actionable(code);
		Instant pausedFrom = dossier.lastEntered(DossierStatus.PAYMENT_REQUESTED).orElseThrow();
		Instant now = clock.instant();
		dossier.recordPayment(note.trim(), now, Actor.current());
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		Pause pause = new Pause(LocalDateTime.ofInstant(pausedFrom, VietnamTime.ZONE),
				LocalDateTime.ofInstant(now, VietnamTime.ZONE));
		dossier.extendDueTimes(due -> calendar.extend(due, List.of(pause), agencyId));
		return save(dossier);
	}

	/**
	 * The apology and one new date (Mẫu 04), issued no later than the rule set's lead time (one working
	 * day) before the due time.
	 */
	public Dossier apologize(String code, String reason, LocalDateTime newAppointment) {
		Dossier dossier = actionable(code);
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
		int lead = ruleSets.byId(String.valueOf(dossier.ruleSet())).apologyLeadWorkingDays();
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		LocalDateTime due = dossier.appointmentAt();
		if (due == null || now.isAfter(due)
				|| calendar.workingTimeBetween(now, due, agencyId).compareTo(Duration.ofHours(8L * lead)) < 0) {
			throw new InvalidRequestException("dossier.apology.too-late", lead);
		}
		dossier.apologize(reason.trim(), newAppointment, clock.instant(), Actor.current());
		return save(dossier);
	}

	/** Processing ends with a refusal and its reason; the desk returns the refusal as the result. */
	public Dossier refuse(String code, String reason) {
		Dossier dossier = actionable(code);
		dossier.refuseDuringProcessing(reason.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	public Dossier stop(String code, String reason) {
		Dossier dossier = actionable(code);
		dossier.stop(reason.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/** The applicant withdraws one of their own dossiers. */
	public Dossier withdraw(UUID accountId, String code, String reason) {
		Dossier dossier = dossiers.findByCode(code.trim()).filter(found -> accountId.equals(found.accountId()))
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		dossier.withdraw(reason.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/** Hands the dossier to a co-agency of this installation with a request (liên thông). */
	public Dossier handToAgency(String code, String coAgencyCode, String request) {
		Dossier dossier = actionable(code);
		organization.agencyByCode(coAgencyCode.trim())
			.orElseThrow(() -> new InvalidRequestException("dossier.transfer.agency.unknown", coAgencyCode));
		dossier.handToAgency(coAgencyCode.trim(), request.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/** An officer of the co-agency holding the dossier gives it back with the co-agency's opinion. */
	public Dossier giveBack(String code, String opinion) {
		Dossier dossier = byCode(code);
		requireCoAgency(dossier);
		dossier.giveBack(opinion.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/**
	 * The working time each agency has held the dossier since receipt (until it ended, or now): each
	 * co-agency its hand-overs, the lead agency the rest. Delays are thus attributed where they arose.
	 * Read by officers of those agencies only.
	 */
	@Transactional(readOnly = true)
	public Map<String, Duration> timeByAgency(String code) {
		Dossier dossier = byCode(code);
		requireOfficerOfAnAgencyThatHeldIt(dossier);
		if (dossier.receivedAt() == null) {
			return Map.of();
		}
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		Instant end = Stream.of(DossierStatus.PROCESSED, DossierStatus.STOPPED, DossierStatus.WITHDRAWN)
			.map(dossier::lastEntered).flatMap(Optional::stream).findFirst().orElse(clock.instant());
		Map<String, Duration> times = new LinkedHashMap<>();
		Duration total = working(dossier.receivedAt(), end, agencyId);
		Duration away = Duration.ZERO;
		for (AgencyTransfer transfer : dossier.transfers()) {
			Duration held = working(transfer.sentAt(), transfer.returnedAt() == null ? end : transfer.returnedAt(), agencyId);
			times.merge(transfer.agencyCode(), held, Duration::plus);
			away = away.plus(held);
		}
		times.put(dossier.agencyCode(), total.minus(away));
		return times;
	}

	private void requireOfficerOfAnAgencyThatHeldIt(Dossier dossier) {
		Set<String> held = new HashSet<>(List.of(dossier.agencyCode()));
		dossier.transfers().forEach(transfer -> held.add(transfer.agencyCode()));
		boolean ofOne = accounts.currentUser().orElseThrow().roles().stream()
			.anyMatch(grant -> grant.agencyId() != null && held.contains(organization.agency(grant.agencyId()).code()));
		if (!ofOne) {
			throw new AccessDeniedException("Not an officer of an agency that held the dossier");
		}
	}

	private Duration working(Instant from, Instant to, @Nullable UUID agencyId) {
		return calendar.workingTimeBetween(LocalDateTime.ofInstant(from, VietnamTime.ZONE),
				LocalDateTime.ofInstant(to, VietnamTime.ZONE), agencyId);
	}

	private void requireCoAgency(Dossier dossier) {
		if (!ofHoldingCoAgency(dossier, accounts.currentUser().orElseThrow())) {
			throw new AccessDeniedException("Not an officer of the co-agency holding the dossier");
		}
	}

	private boolean ofHoldingCoAgency(Dossier dossier, CurrentUser officer) {
		UUID holding = dossier.heldByAgency() == null ? null
				: organization.agencyByCode(dossier.heldByAgency()).map(Agency::id).orElse(null);
		return holding != null && (officer.hasRole(Role.UNIT_HEAD, holding)
				|| officer.hasRole(Role.SPECIALIST, holding));
	}

	private void requireHolder(Dossier dossier) {
		if (dossier.heldByAgency() != null) {
			throw new AccessDeniedException("The dossier is with a co-agency");
		}
		if (!holdsCurrentStep(dossier, accounts.currentUser().orElseThrow())) {
			throw new AccessDeniedException("Not the holder of the dossier's current step");
		}
	}

	private boolean holdsCurrentStep(Dossier dossier, CurrentUser officer) {
		DossierStep step = dossier.currentStep();
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		boolean holdsRole = step != null && agencyId != null && officer.hasRole(step.role(), agencyId);
		boolean inUnit = step != null && (step.unitId() == null || organization.officerOfAccount(officer.accountId())
			.map(Officer::unitId).filter(step.unitId()::equals).isPresent());
		boolean assigned = step != null && (step.holderAccountId() == null
				|| step.holderAccountId().equals(officer.accountId()));
		return holdsRole && inUnit && assigned;
	}

	private Dossier save(Dossier dossier) {
		DossierTimeliness.finished(dossier, calendar).ifPresent(dossier::settle);
		Dossier saved = dossiers.save(dossier);
		dossier.takeEvents().forEach(events::publishEvent);
		return saved;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
