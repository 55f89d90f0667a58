package vn.motcua.dossier;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.ProcessingTime;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalog.CatalogManagement;
import vn.motcua.catalog.ProcedureContent;
import vn.motcua.catalog.ProcessStep;
import vn.motcua.catalog.RequiredDocument;
import vn.motcua.identity.AccountManagement;
import vn.motcua.identity.CurrentUser;
import vn.motcua.identity.Role;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.QueueCursor;
import vn.motcua.shared.VietnamTime;

/**
 * The one-stop desk's decision on a submitted dossier: accept it (the clock starts and the
 * appointment is computed on the agency's working calendar), ask for every missing item at once,
 * or refuse it with a reason. Only a desk officer of the dossier's agency decides.
 */
@Service
@Transactional
public class ReceiptDecisions {

	private final DossierRepository dossiers;
	private final CatalogManagement catalog;
	private final WorkingCalendar calendar;
	private final OrganizationManagement organization;
	private final AccountManagement accounts;
	private final RuleSets ruleSets;
	private final DossierIntake intake;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DossierLists lists;

	ReceiptDecisions(DossierRepository dossiers, CatalogManagement catalog, WorkingCalendar calendar,
			OrganizationManagement organization, AccountManagement accounts, RuleSets ruleSets, DossierIntake intake,
			ApplicationEventPublisher events, Clock clock, DossierLists lists) {
		this.dossiers = dossiers;
		this.lists = lists;
		this.catalog = catalog;
		this.calendar = calendar;
		this.organization = organization;
		this.accounts = accounts;
		this.ruleSets = ruleSets;
		this.intake = intake;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * A page of the dossiers waiting for the decision of the signed-in desk officer (at the agencies
	 * where they hold the desk's role), oldest first, starting after {@code after} (from the start when
	 * null), narrowed by {@code search} (part of a code or words of an applicant's name) unless blank.
	 *
	 * @throws InvalidRequestException when {@code size} is not between 1 and {@link ListPage#MAX_SIZE}
	 */
	@Transactional(readOnly = true)
	public ListPage<DossierListItem> waiting(@Nullable String search, @Nullable QueueCursor after, int size) {
		DossierLists.requireSize(size);
		Set<String> agencyCodes = accounts.currentUser().orElseThrow().roles().stream()
			.filter(grant -> grant.role() == Role.RECEPTION_OFFICER && grant.agencyId() != null)
			.map(grant -> organization.agency(grant.agencyId()).code())
			.collect(Collectors.toSet());
		return agencyCodes.isEmpty() ? ListPage.empty() : lists.waitingAtDesk(agencyCodes, search, after, size);
	}

	/** A dossier of the desk officer's agency, to examine before deciding. */
	@Transactional(readOnly = true)
	public Dossier dossier(String code) {
		return decidable(code);
	}

	/**
	 * Records the documents an applicant brought to the desk in answer to a request to supplement,
	 * at receipt or during processing; the dossier goes on as after an online supplement. Outside this
	 * class's transaction: the intake stores the scans first and lands the rows in a transaction of
	 * its own, removing the scans if that fails, so nothing half-recorded remains.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Dossier recordSupplement(String code, List<PaperDocument> papers) {
		Dossier dossier = decidable(code);
		if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
			throw new IllegalDossierTransitionException(dossier.code(), dossier.status());
		}
		return intake.completeAtDesk(dossier, papers);
	}

	/** The required documents of the dossier's procedure version, in order, for the desk to record papers against. */
	@Transactional(readOnly = true)
	public List<RequiredDocument> requiredDocuments(String code) {
		return catalog.version(decidable(code).procedure().versionId()).content().documents();
	}

	/** Accepts a complete dossier; the appointment follows the agency's own commitment where it has one. */
	public Dossier accept(String code) {
		Dossier dossier = decidable(code);
		Instant now = clock.instant();
		ProcedureContent procedure = catalog.version(dossier.procedure().versionId()).content();
		LocalDateTime receivedAt = LocalDateTime.ofInstant(now, VietnamTime.ZONE);
		UUID agencyId = agencyId(dossier);
		Deadline deadline = calendar.deadline(receivedAt, plannedTime(procedure), agencyId);
		dossier.accept(now, deadline.due(), ruleSets.inForceOn(LocalDate.ofInstant(now, VietnamTime.ZONE)), actor());
		dossier.plan(plan(procedure, receivedAt, agencyId), now);
		return save(dossier);
	}

	/** Asks for what is missing (Mẫu 02): every item at once. */
	public Dossier requestCompletion(String code, List<String> missingItems) {
		Dossier dossier = decidable(code);
		dossier.requestCompletion(missingItems.stream().map(String::trim).filter(item -> !item.isEmpty()).toList(),
				clock.instant(), actor());
		return save(dossier);
	}

	/** Refuses a dossier outside the agency's competence or not eligible (Mẫu 03). */
	public Dossier refuse(String code, String reason) {
		Dossier dossier = decidable(code);
		dossier.refuseAtReceipt(reason.trim(), clock.instant(), actor());
		return save(dossier);
	}

	private Dossier decidable(String code) {
		Dossier dossier = dossiers.findByCode(code.trim())
			.orElseThrow(() -> new NotFoundException("dossier.code.unknown", code));
		CurrentUser officer = accounts.currentUser().orElseThrow();
		UUID agencyId = agencyId(dossier);
		if (agencyId == null || !officer.hasRole(Role.RECEPTION_OFFICER, agencyId)) {
			throw new NotFoundException("dossier.code.unknown", code);
		}
		return dossier;
	}

	private @Nullable UUID agencyId(Dossier dossier) {
		return organization.agencyByCode(dossier.agencyCode()).map(Agency::id).orElse(null);
	}

	private Dossier save(Dossier dossier) {
		Dossier saved = dossiers.save(dossier);
		dossier.takeEvents().forEach(events::publishEvent);
		return saved;
	}

	private static Actor actor() {
		return Actor.current();
	}

	/**
	 * The internal process of the procedure version, each step due when the shares up to it have
	 * elapsed on the working calendar from the clock start.
	 */
	private List<DossierStep> plan(ProcedureContent procedure, LocalDateTime receivedAt, @Nullable UUID agencyId) {
		// a merge of the steps' units committed meanwhile is read through its successors below, and one
		// that starts now waits for this commit and moves the steps planned here (decision 0036)
		organization.holdUnitsForWork(procedure.steps().stream().map(ProcessStep::unitId)
			.filter(Objects::nonNull).toList());
		List<DossierStep> plan = new ArrayList<>();
		BigDecimal elapsed = BigDecimal.ZERO;
		for (ProcessStep step : catalog.stepsInService(procedure)) {
			elapsed = elapsed.add(step.share());
			LocalDateTime due = calendar.deadline(receivedAt,
					new ProcessingTime(elapsed, procedure.processingTime().unit()), agencyId).due();
			plan.add(new DossierStep(step.name(), step.role(), step.unitId(), step.share(), due, null, null, null));
		}
		return plan;
	}

	/** The time the appointment is planned on: the agency's own commitment where it has one. */
	private static ProcessingTime plannedTime(ProcedureContent procedure) {
		return new ProcessingTime(procedure.plannedTime(), procedure.processingTime().unit());
	}
}
