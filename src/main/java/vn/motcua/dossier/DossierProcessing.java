package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.Pause;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.RoleGrant;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnamTime;

/**
 * Processing along the internal process: each officer's work queue (the dossiers waiting at a step
 * of a role they hold, in their unit where the step names one), and forwarding or sending back.
 * Only an officer who may act on the current step moves the dossier.
 */
@Service
@Transactional
public class DossierProcessing {

	private final DossierRepository dossiers;
	private final JdbcClient jdbc;
	private final AccountManagement accounts;
	private final OrganizationManagement organization;
	private final WorkingCalendar calendar;
	private final ApplicationEventPublisher events;
	private final RuleSets ruleSets;
	private final Clock clock;
	private final Duration dueSoon;

	DossierProcessing(DossierRepository dossiers, JdbcClient jdbc, AccountManagement accounts,
			OrganizationManagement organization, WorkingCalendar calendar, ApplicationEventPublisher events,
			RuleSets ruleSets, Clock clock, @Value("${motcua.dossier.due-soon-working-hours:8}") int dueSoonWorkingHours) {
		this.dossiers = dossiers;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.organization = organization;
		this.calendar = calendar;
		this.events = events;
		this.ruleSets = ruleSets;
		this.clock = clock;
		this.dueSoon = Duration.ofHours(dueSoonWorkingHours);
	}

	/**
	 * The signed-in officer's queue, soonest due first: dossiers at steps of their roles, and dossiers
	 * a lead agency handed to their agency for an opinion (for its specialists and unit heads).
	 */
	@Transactional(readOnly = true)
	public List<QueueItem> queue() {
		CurrentUser officer = accounts.currentUser().orElseThrow();
		UUID unitId = organization.officerOfAccount(officer.accountId()).map(Officer::unitId).orElse(null);
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("unit", unitId)
			.addValue("account", officer.accountId());
		List<String> coAgencies = new ArrayList<>(List.of(""));
		int index = 0;
		for (RoleGrant grant : officer.roles()) {
			if (grant.agencyId() == null) {
				continue;
			}
			String agencyCode = organization.agency(grant.agencyId()).code();
			conditions.add("(d.agency_code = :agency" + index + " AND d.step_role = :role" + index + ")");
			parameters.addValue("agency" + index, agencyCode).addValue("role" + index, grant.role().name());
			if (grant.role() == vn.motcua.identity.Role.SPECIALIST || grant.role() == vn.motcua.identity.Role.UNIT_HEAD) {
				coAgencies.add(agencyCode);
			}
			index++;
		}
		if (conditions.isEmpty()) {
			return List.of();
		}
		parameters.addValue("coAgencies", coAgencies);
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
		// one look-up per agency, not per row: a queue holds up to 500 dossiers of a handful of agencies
		java.util.Map<String, java.util.Optional<UUID>> agencyIds = new java.util.HashMap<>();
		return jdbc.sql("""
				SELECT d.code, d.procedure_name, d.applicant_name, d.status, d.agency_code, s.name AS step_name,
				       d.step_due_at
				FROM dossier d JOIN dossier_step s ON s.dossier_id = d.id AND s.position = d.step_index
				WHERE d.status IN ('RECEIVED', 'IN_PROGRESS', 'PAYMENT_REQUESTED', 'PROCESSED')
				  AND ((d.held_by_agency IS NULL AND (%s) AND (d.step_unit_id IS NULL OR d.step_unit_id = :unit)
				        AND (s.holder_account_id IS NULL OR s.holder_account_id = :account))
				    OR d.held_by_agency IN (:coAgencies))
				ORDER BY d.step_due_at, d.code
				FETCH FIRST 500 ROWS ONLY
				""".formatted(String.join(" OR ", conditions)))
			.paramSource(parameters)
			.query((rs, row) -> {
				LocalDateTime due = rs.getTimestamp("step_due_at").toLocalDateTime();
				return new QueueItem(rs.getString("code"), rs.getString("procedure_name"), rs.getString("applicant_name"),
						DossierStatus.valueOf(rs.getString("status")), rs.getString("step_name"), due,
						urgency(now, due, agencyIds.computeIfAbsent(rs.getString("agency_code"),
								code -> organization.agencyByCode(code).map(Agency::id)).orElse(null)));
			})
			.list();
	}

	/** A dossier the signed-in officer may act on now. */
	@Transactional(readOnly = true)
	public Dossier actionable(String code) {
		Dossier dossier = dossiers.findByCode(code.trim())
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		requireHolder(dossier);
		return dossier;
	}

	/**
	 * Forwards the dossier to the next step; the current holder may assign that step to one officer
	 * (by user name) who holds its role in the dossier's agency, as a unit head assigns a specialist.
	 */
	public Dossier forward(String code, @Nullable String comment, @Nullable String assignee) {
		Dossier dossier = actionable(code);
		UUID assigneeId = assignee == null || assignee.isBlank() ? null : assignee(dossier, assignee.trim());
		dossier.forward(Actor.current(), blankToNull(comment), assigneeId, clock.instant());
		return save(dossier);
	}

	private UUID assignee(Dossier dossier, String username) {
		int next = dossier.steps().indexOf(dossier.currentStep()) + 1;
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		return accounts.findByUsername(username)
			.filter(account -> next < dossier.steps().size() && agencyId != null && account.roles().stream()
				.anyMatch(grant -> grant.role() == dossier.steps().get(next).role() && agencyId.equals(grant.agencyId())))
			.map(vn.motcua.identity.Account::id)
			.orElseThrow(() -> new vn.motcua.shared.InvalidRequestException("dossier.work.assignee.invalid", username));
	}

	public Dossier sendBack(String code, String comment) {
		Dossier dossier = actionable(code);
		dossier.sendBack(Actor.current(), comment.trim(), clock.instant());
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
			throw new vn.motcua.shared.InvalidRequestException("dossier.apology.too-late", lead);
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
			.orElseThrow(() -> new vn.motcua.shared.InvalidRequestException("dossier.transfer.agency.unknown", coAgencyCode));
		dossier.handToAgency(coAgencyCode.trim(), request.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/** An officer of the co-agency holding the dossier gives it back with the co-agency's opinion. */
	public Dossier giveBack(String code, String opinion) {
		Dossier dossier = dossiers.findByCode(code.trim())
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		requireCoAgency(dossier);
		dossier.giveBack(opinion.trim(), clock.instant(), Actor.current());
		return save(dossier);
	}

	/**
	 * The working time each agency has held the dossier since receipt (until it ended, or now): each
	 * co-agency its hand-overs, the lead agency the rest. Delays are thus attributed where they arose.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<String, Duration> timeByAgency(String code) {
		Dossier dossier = dossiers.findByCode(code.trim())
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		if (dossier.receivedAt() == null) {
			return java.util.Map.of();
		}
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		Instant end = java.util.stream.Stream.of(DossierStatus.PROCESSED, DossierStatus.STOPPED, DossierStatus.WITHDRAWN)
			.map(dossier::lastEntered).flatMap(java.util.Optional::stream).findFirst().orElse(clock.instant());
		java.util.Map<String, Duration> times = new java.util.LinkedHashMap<>();
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

	private Duration working(Instant from, Instant to, @Nullable UUID agencyId) {
		return calendar.workingTimeBetween(LocalDateTime.ofInstant(from, VietnamTime.ZONE),
				LocalDateTime.ofInstant(to, VietnamTime.ZONE), agencyId);
	}

	private void requireCoAgency(Dossier dossier) {
		CurrentUser officer = accounts.currentUser().orElseThrow();
		UUID holding = dossier.heldByAgency() == null ? null
				: organization.agencyByCode(dossier.heldByAgency()).map(Agency::id).orElse(null);
		if (holding == null || !(officer.hasRole(vn.motcua.identity.Role.UNIT_HEAD, holding)
				|| officer.hasRole(vn.motcua.identity.Role.SPECIALIST, holding))) {
			throw new AccessDeniedException("Not an officer of the co-agency holding the dossier");
		}
	}

	private void requireHolder(Dossier dossier) {
		DossierStep step = dossier.currentStep();
		CurrentUser officer = accounts.currentUser().orElseThrow();
		if (dossier.heldByAgency() != null) {
			throw new AccessDeniedException("The dossier is with a co-agency");
		}
		UUID agencyId = organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
		boolean holdsRole = step != null && agencyId != null && officer.hasRole(step.role(), agencyId);
		boolean inUnit = step != null && (step.unitId() == null || organization.officerOfAccount(officer.accountId())
			.map(Officer::unitId).filter(step.unitId()::equals).isPresent());
		boolean assigned = step != null && (step.holderAccountId() == null
				|| step.holderAccountId().equals(officer.accountId()));
		if (!holdsRole || !inUnit || !assigned) {
			throw new AccessDeniedException("Not the holder of the dossier's current step");
		}
	}

	private QueueItem.Urgency urgency(LocalDateTime now, LocalDateTime due, @Nullable UUID agencyId) {
		if (now.isAfter(due)) {
			return QueueItem.Urgency.OVERDUE;
		}
		return calendar.workingTimeBetween(now, due, agencyId).compareTo(dueSoon) <= 0 ? QueueItem.Urgency.DUE_SOON
				: QueueItem.Urgency.ON_TRACK;
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
