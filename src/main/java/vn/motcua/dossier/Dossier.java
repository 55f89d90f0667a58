package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.identity.Role;
import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.TimeOrderedIds;

/**
 * A dossier (hồ sơ): one application by one applicant for one procedure, under the procedure
 * version in force when it was submitted. Its status changes only through its guarded methods,
 * each of which records the change in the dossier's history and registers an event.
 * {@link DossierRepository} stores it.
 */
public class Dossier {

	/** The statuses in which the current step may be given to another officer or back to its unit. */
	static final Set<DossierStatus> STEP_ASSIGNABLE = Collections.unmodifiableSet(
			EnumSet.of(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED,
					DossierStatus.PAYMENT_REQUESTED, DossierStatus.PROCESSED));

	/** The longest comment of a hand-over or note of a status change (the narrower column, the hand-over's). */
	public static final int MAX_NOTE_LENGTH = 2000;

	private final UUID id;
	/** Grows with every save; null until the dossier is first stored. */
	private @Nullable Long version;
	private final String code;
	private final String agencyCode;
	private final ProcedureReference procedure;
	private final Channel channel;
	private final int sets;
	private DossierStatus status;
	private final Applicant applicant;
	private final @Nullable UUID accountId;
	private final ResultDelivery delivery;
	private final @Nullable String deliveryAddress;
	private final Instant submittedAt;
	private @Nullable Instant receivedAt;
	private @Nullable LocalDateTime appointmentAt;
	private @Nullable String ruleSet;
	private final @Nullable String idempotencyKey;
	private final List<DossierDocument> documents;
	private final List<StatusChange> history;
	private final List<DossierStep> steps;
	private final List<Handover> handovers;
	private @Nullable Integer stepIndex;
	private @Nullable Role stepRole;
	private @Nullable UUID stepUnitId;
	private @Nullable LocalDateTime stepDueAt;
	private @Nullable UUID stepHolderId;
	private vn.motcua.calendar.@Nullable Timeliness timeliness;
	private @Nullable Instant apologizedAt;
	private @Nullable String apologyReason;
	private @Nullable LocalDateTime newAppointmentAt;
	private @Nullable String draftResultId;
	private @Nullable String resultSha256;
	private @Nullable Instant signedAt;
	private @Nullable Instant returnedAt;
	private @Nullable String returnDetail;
	private @Nullable String refusalReason;
	private @Nullable String heldByAgency;
	private final List<AgencyTransfer> transfers;
	private final List<Object> events = new ArrayList<>();
	/** The child rows as the database holds them, so that a save writes only what changed: none until stored. */
	private DossierRepository.StoredRows stored = DossierRepository.StoredRows.NONE;

	/** A new dossier (version null) or one restored from its stored state. */
	Dossier(UUID id, @Nullable Long version, String code, String agencyCode, ProcedureReference procedure,
			Channel channel, int sets, DossierStatus status, Applicant applicant, @Nullable UUID accountId,
			ResultDelivery delivery, @Nullable String deliveryAddress, Instant submittedAt,
			@Nullable Instant receivedAt, @Nullable LocalDateTime appointmentAt, @Nullable String ruleSet,
			@Nullable String idempotencyKey, List<DossierDocument> documents, List<StatusChange> history,
			List<DossierStep> steps, List<Handover> handovers, @Nullable Integer stepIndex, Outcome outcome,
			List<AgencyTransfer> transfers) {
		this.id = id;
		this.version = version;
		this.code = code;
		this.agencyCode = agencyCode;
		this.procedure = procedure;
		this.channel = channel;
		this.sets = sets;
		this.status = status;
		this.applicant = applicant;
		this.accountId = accountId;
		this.delivery = delivery;
		this.deliveryAddress = deliveryAddress;
		this.submittedAt = submittedAt;
		this.receivedAt = receivedAt;
		this.appointmentAt = appointmentAt;
		this.ruleSet = ruleSet;
		this.idempotencyKey = idempotencyKey;
		this.documents = new ArrayList<>(documents);
		this.history = new ArrayList<>(history);
		this.steps = new ArrayList<>(steps);
		this.handovers = new ArrayList<>(handovers);
		this.transfers = new ArrayList<>(transfers);
		this.timeliness = outcome.timeliness();
		this.apologizedAt = outcome.apologizedAt();
		this.apologyReason = outcome.apologyReason();
		this.newAppointmentAt = outcome.newAppointmentAt();
		this.draftResultId = outcome.draftResultId();
		this.resultSha256 = outcome.resultSha256();
		this.signedAt = outcome.signedAt();
		this.returnedAt = outcome.returnedAt();
		this.returnDetail = outcome.returnDetail();
		this.refusalReason = outcome.refusalReason();
		this.heldByAgency = outcome.heldByAgency();
		moveTo(stepIndex);
	}

	/**
	 * What happened to the dossier beyond its status and steps: apology, result, refusal, co-agency.
	 * Only the store builds one with values; a new dossier starts with {@link #NONE}.
	 */
	record Outcome(vn.motcua.calendar.@Nullable Timeliness timeliness, @Nullable Instant apologizedAt,
			@Nullable String apologyReason, @Nullable LocalDateTime newAppointmentAt, @Nullable String draftResultId,
			@Nullable String resultSha256, @Nullable Instant signedAt, @Nullable Instant returnedAt,
			@Nullable String returnDetail, @Nullable String refusalReason, @Nullable String heldByAgency) {

		static final Outcome NONE = new Outcome(null, null, null, null, null, null, null, null, null, null, null);
	}

	Outcome outcome() {
		return new Outcome(timeliness, apologizedAt, apologyReason, newAppointmentAt, draftResultId, resultSha256,
				signedAt, returnedAt, returnDetail, refusalReason, heldByAgency);
	}

	/** A dossier registered with its code: submitted online by its applicant, or entered by the desk. */
	static Dossier register(DossierCode code, Submission submission, Instant now, Actor actor) {
		if (submission.delivery() == ResultDelivery.BY_POST && submission.deliveryAddress() == null) {
			throw new IllegalArgumentException("Delivery by post needs an address");
		}
		Dossier dossier = new Dossier(TimeOrderedIds.next(), null, code.toString(), code.agencyCode(),
				submission.procedure(), submission.channel(), submission.sets(), DossierStatus.SUBMITTED, submission.applicant(),
				submission.accountId(), submission.delivery(), submission.deliveryAddress(), now, null, null, null,
				submission.idempotencyKey(), submission.documents(), List.of(), List.of(), List.of(), null, Outcome.NONE,
				List.of());
		dossier.record(DossierStatus.SUBMITTED, now, actor, null);
		return dossier;
	}

	/** The desk accepts a complete dossier: the clock starts and the appointment is set. */
	void accept(Instant receivedAt, LocalDateTime appointmentAt, String ruleSet, Actor actor) {
		requireStatus(DossierStatus.SUBMITTED);
		this.receivedAt = receivedAt;
		this.appointmentAt = appointmentAt;
		this.ruleSet = ruleSet;
		record(DossierStatus.RECEIVED, receivedAt, actor, null);
	}

	/** The desk finds the dossier incomplete at receipt: every missing item is named at once. */
	void requestCompletion(List<String> missingItems, Instant now, Actor actor) {
		requireStatus(DossierStatus.SUBMITTED);
		if (missingItems.isEmpty()) {
			throw new IllegalArgumentException("A request to supplement names what is missing");
		}
		record(DossierStatus.SUPPLEMENT_REQUESTED, now, actor, String.join("; ", missingItems));
	}

	/** The applicant completes a dossier that was incomplete at receipt: it goes back to the desk. */
	void complete(List<DossierDocument> added, Instant now, Actor actor) {
		requireStatus(DossierStatus.SUPPLEMENT_REQUESTED);
		documents.addAll(added);
		record(receivedAt == null ? DossierStatus.SUBMITTED : DossierStatus.IN_PROGRESS, now, actor, null);
	}

	/**
	 * During processing, the holder of the current step asks for more documents (Mẫu 02): the clock
	 * pauses until the applicant supplies them. The rule set limits how many times.
	 */
	void requestSupplement(List<String> missingItems, int allowed, Instant now, Actor actor) {
		requireStatus(DossierStatus.IN_PROGRESS);
		if (missingItems.isEmpty()) {
			throw new IllegalArgumentException("A request to supplement names what is missing");
		}
		if (supplementRequestsDuringProcessing() >= allowed) {
			throw new InvalidRequestException("dossier.supplement.limit", allowed);
		}
		record(DossierStatus.SUPPLEMENT_REQUESTED, now, actor, String.join("; ", missingItems));
	}

	/**
	 * The holder of the current step finds the dossier ineligible: processing ends with a refusal and
	 * its reason, which the desk then returns to the applicant as the dossier's result.
	 */
	void refuseDuringProcessing(String reason, Instant now, Actor actor) {
		requireStatus(DossierStatus.IN_PROGRESS);
		requireReason(reason);
		int current = requireCurrentStep();
		int last = steps.size() - 1;
		if (current == last) {
			throw new IllegalDossierTransitionException(code, status);
		}
		refusalReason = reason;
		handOver(current, last, actor, true, reason, now);
		record(DossierStatus.PROCESSED, now, actor, reason, true);
	}

	/** Why processing ended with a refusal; null for a dossier not refused during processing. */
	public @Nullable String refusalReason() {
		return refusalReason;
	}

	/** Why the dossier was refused, at receipt (the note of that final change) or during processing; else null. */
	public @Nullable String reasonForRefusal() {
		return status == DossierStatus.NOT_RECEIVED ? endingNote() : refusalReason;
	}

	/** Why processing was stopped (the note of that final change); null for a dossier not stopped. */
	public @Nullable String reasonForStop() {
		return status == DossierStatus.STOPPED ? endingNote() : null;
	}

	private @Nullable String endingNote() {
		return history.get(history.size() - 1).note();
	}

	/**
	 * The holder of the current step hands the dossier to a co-agency of the same installation with a
	 * request (liên thông); the step waits until the co-agency gives it back with its opinion.
	 */
	void handToAgency(String coAgencyCode, String request, Instant now, Actor actor) {
		requireStatus(DossierStatus.IN_PROGRESS);
		requireReason(request);
		if (coAgencyCode.equals(agencyCode)) {
			throw new InvalidRequestException("dossier.transfer.own-agency");
		}
		if (heldByAgency != null) {
			throw new IllegalDossierTransitionException(code, status);
		}
		transfers.add(new AgencyTransfer(coAgencyCode, request, now, actor.name(), null, null, null));
		heldByAgency = coAgencyCode;
		events.add(new DossierStatusChanged(actor, now, id, code, agencyCode, procedure.code(), status, status,
				"handed to " + coAgencyCode));
	}

	/** The co-agency gives the dossier back with its opinion; the step it left resumes. */
	void giveBack(String opinion, Instant now, Actor actor) {
		requireReason(opinion);
		if (heldByAgency == null) {
			throw new IllegalDossierTransitionException(code, status);
		}
		int last = transfers.size() - 1;
		transfers.set(last, transfers.get(last).back(opinion, actor.name(), now));
		events.add(new DossierStatusChanged(actor, now, id, code, agencyCode, procedure.code(), status, status,
				"given back by " + heldByAgency));
		heldByAgency = null;
	}

	/**
	 * The current step goes to another officer (by account, with their name for the record), or with
	 * none to every holder of its role; the due time stays the step's.
	 */
	void assignCurrentStep(@Nullable UUID holder, @Nullable String holderName, Actor actor, Instant now) {
		int current = requireAssignableStep();
		if (heldByAgency != null) {
			throw new IllegalDossierTransitionException(code, status);
		}
		DossierStep step = steps.get(current);
		replaceCurrentStep(current, step.assignTo(holder),
				new DossierStepAssigned(actor, now, id, code, agencyCode, step.name(), holderName, null));
	}

	/**
	 * The officer the current step is assigned to can no longer act on it (their account was disabled):
	 * it goes back to every holder of its role in its unit, and where the step names no unit, in the
	 * unit of that officer ({@code holderUnitId}, null when they belong to none), whose head assigned
	 * and oversees it and would otherwise lose sight of it. Also while the dossier is away at a
	 * co-agency, so that it does not come back to wait for an account nobody can sign in to.
	 */
	void handBackCurrentStep(@Nullable UUID holderUnitId, String reason, Actor actor, Instant now) {
		int current = requireAssignableStep();
		DossierStep step = steps.get(current);
		replaceCurrentStep(current, step.handBackTo(step.unitId() != null ? step.unitId() : holderUnitId),
				new DossierStepAssigned(actor, now, id, code, agencyCode, step.name(), null, reason));
	}

	/**
	 * The unit of each step not yet done that names a unit in {@code successors} becomes that unit's
	 * successor (it was merged or split); steps already done keep naming the unit they were done in. A
	 * step assigned to an officer who is not in that successor (a split sent them to another) goes to
	 * every holder of its role there, as when an officer moves to another unit: they could not act on it.
	 *
	 * @param belongsTo whether the officer of an account belongs to a unit, as the reorganisation left them
	 * @return how many steps moved
	 */
	int moveOpenSteps(Map<UUID, UUID> successors, BiPredicate<UUID, UUID> belongsTo, String reason, Actor actor,
			Instant now) {
		int moved = 0;
		for (int position = 0; position < steps.size(); position++) {
			DossierStep step = steps.get(position);
			UUID successor = step.unitId() == null ? null : successors.get(step.unitId());
			if (step.finishedAt() == null && successor != null) {
				UUID holder = step.holderAccountId();
				steps.set(position, holder == null || belongsTo.test(holder, successor) ? step.movedTo(successor)
						: step.handBackTo(successor));
				moved++;
			}
		}
		if (moved > 0) {
			moveTo(stepIndex);
			events.add(new DossierStepsMoved(actor, now, id, code, agencyCode, moved, reason));
		}
		return moved;
	}

	private int requireAssignableStep() {
		requireStatus(STEP_ASSIGNABLE.toArray(DossierStatus[]::new));
		return requireCurrentStep();
	}

	private void replaceCurrentStep(int current, DossierStep step, DossierStepAssigned assigned) {
		steps.set(current, step);
		moveTo(current);
		events.add(assigned);
	}

	/** The co-agency holding the dossier now, if it is away. */
	public @Nullable String heldByAgency() {
		return heldByAgency;
	}

	public List<AgencyTransfer> transfers() {
		return Collections.unmodifiableList(transfers);
	}

	/** The holder of the current step asks the applicant to pay the fees due; the clock pauses. */
	void requestPayment(String note, Instant now, Actor actor) {
		requireStatus(DossierStatus.IN_PROGRESS);
		requireReason(note);
		record(DossierStatus.PAYMENT_REQUESTED, now, actor, note);
	}

	/** The fees were paid: processing resumes (the service moves the due times by the pause). */
	void recordPayment(String note, Instant now, Actor actor) {
		requireStatus(DossierStatus.PAYMENT_REQUESTED);
		requireReason(note);
		record(DossierStatus.IN_PROGRESS, now, actor, note);
	}

	/** Processing stops for good (dừng xử lý), with the reason the notice gives the applicant. */
	void stop(String reason, Instant now, Actor actor) {
		requireStatus(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.SUPPLEMENT_REQUESTED,
				DossierStatus.PAYMENT_REQUESTED);
		requireReason(reason);
		record(DossierStatus.STOPPED, now, actor, reason);
		moveTo(null);
	}

	/** The applicant withdraws the dossier before its result is issued. */
	void withdraw(String reason, Instant now, Actor applicant) {
		requireStatus(DossierStatus.SUBMITTED, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
				DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.PAYMENT_REQUESTED);
		requireReason(reason);
		record(DossierStatus.WITHDRAWN, now, applicant, reason);
		moveTo(null);
	}

	/** A comment or reason longer than its column holds is refused with the limit, not failed on. */
	private static void requireFits(@Nullable String note) {
		if (note != null && note.length() > MAX_NOTE_LENGTH) {
			throw new InvalidRequestException("dossier.note.too-long", MAX_NOTE_LENGTH);
		}
	}

	private void requireReason(String reason) {
		if (reason.isBlank()) {
			throw new InvalidRequestException("dossier.reason.required");
		}
	}

	/** Moves every unfinished step's due time and the appointment, after a pause of the clock. */
	void extendDueTimes(UnaryOperator<LocalDateTime> extension) {
		for (int index = 0; index < steps.size(); index++) {
			DossierStep step = steps.get(index);
			if (step.finishedAt() == null) {
				steps.set(index, step.due(extension.apply(step.dueAt())));
			}
		}
		if (appointmentAt != null) {
			appointmentAt = extension.apply(appointmentAt);
		}
		moveTo(stepIndex);
	}

	/** When the dossier last entered that status, if it ever did. */
	public Optional<Instant> lastEntered(DossierStatus entered) {
		return history.stream().filter(change -> change.status() == entered).map(StatusChange::changedAt)
			.reduce((first, second) -> second);
	}

	/**
	 * The agency apologises that the dossier will be late and sets exactly one new date (Mẫu 04). The
	 * caller checks the legal lead time; the appointment stays the due time, so the dossier counts late.
	 */
	void apologize(String reason, LocalDateTime newAppointment, Instant now, Actor actor) {
		requireStatus(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED);
		requireReason(reason);
		if (apologizedAt != null) {
			throw new InvalidRequestException("dossier.apology.once");
		}
		if (appointmentAt == null || !newAppointment.isAfter(appointmentAt)) {
			throw new InvalidRequestException("dossier.apology.date");
		}
		apologizedAt = now;
		apologyReason = reason;
		newAppointmentAt = newAppointment;
		events.add(new DossierStatusChanged(actor, now, id, code, agencyCode, procedure.code(), status, status,
				"apology: " + reason));
		events.add(new DossierApologized(now, id, code, reason, newAppointment));
	}

	public @Nullable Instant apologizedAt() {
		return apologizedAt;
	}

	public @Nullable String apologyReason() {
		return apologyReason;
	}

	public @Nullable LocalDateTime newAppointmentAt() {
		return newAppointmentAt;
	}

	/** The result drafted during processing, as a PDF in the attachment store; it may be replaced until signed. */
	void attachDraftResult(String attachmentId, Actor actor, Instant now) {
		requireStatus(DossierStatus.IN_PROGRESS);
		if (resultSha256 != null) {
			throw new InvalidRequestException("dossier.result.already-signed");
		}
		draftResultId = attachmentId;
		events.add(new DossierResultRecorded(actor, now, id, code, agencyCode, false, attachmentId));
	}

	/** The result as signed and issued, by its SHA-256 in the file store. */
	void sign(String signedSha256, Actor leader, Instant now) {
		requireStatus(DossierStatus.IN_PROGRESS);
		if (draftResultId == null) {
			throw new InvalidRequestException("dossier.result.missing");
		}
		resultSha256 = signedSha256;
		signedAt = now;
		events.add(new DossierResultRecorded(leader, now, id, code, agencyCode, true, signedSha256));
	}

	/**
	 * The desk returns the result (the last step): online, at the desk to the person who collected it,
	 * or by post with its tracking number. A procedure with an electronic result needs the signed one.
	 */
	void returnResult(String detail, boolean electronicResultRequired, Instant now, Actor desk) {
		requireStatus(DossierStatus.PROCESSED);
		int last = requireCurrentStep();
		if (last != steps.size() - 1) {
			throw new IllegalDossierTransitionException(code, status);
		}
		if (electronicResultRequired && resultSha256 == null && refusalReason == null) {
			throw new InvalidRequestException("dossier.return.needs-signed-result");
		}
		if (detail.isBlank()) {
			throw new InvalidRequestException("dossier.return.detail.required");
		}
		steps.set(last, steps.get(last).finish(now));
		handovers.add(new Handover(now, last, null, desk.name(), true, detail));
		returnedAt = now;
		returnDetail = detail;
		record(DossierStatus.RETURNED, now, desk, detail);
		moveTo(null);
	}

	public @Nullable String draftResultId() {
		return draftResultId;
	}

	public @Nullable String resultSha256() {
		return resultSha256;
	}

	public @Nullable Instant returnedAt() {
		return returnedAt;
	}

	/** Records how the dossier kept its deadline, once it has ended. */
	void settle(Timeliness kept) {
		this.timeliness = kept;
	}

	/** How the dossier kept its deadline, once it has ended. */
	public vn.motcua.calendar.@Nullable Timeliness timeliness() {
		return timeliness;
	}

	/** Requests for more documents after receipt; more than one makes the dossier count as late. */
	public long supplementRequestsDuringProcessing() {
		return receivedAt == null ? 0 : history.stream()
			.filter(change -> change.status() == DossierStatus.SUPPLEMENT_REQUESTED && !change.changedAt().isBefore(receivedAt))
			.count();
	}

	/** The desk refuses a dossier outside the agency's competence or not eligible. */
	void refuseAtReceipt(String reason, Instant now, Actor actor) {
		requireStatus(DossierStatus.SUBMITTED, DossierStatus.SUPPLEMENT_REQUESTED);
		if (receivedAt != null) {
			throw new IllegalStateException("A received dossier is refused during processing, not at receipt");
		}
		if (reason.isBlank()) {
			throw new IllegalArgumentException("A refusal gives its reason");
		}
		record(DossierStatus.NOT_RECEIVED, now, actor, reason, true);
	}

	/**
	 * The internal process planned at receipt: its first step (the desk's: receive, check, hand over
	 * to the specialist unit) starts now.
	 */
	void plan(List<DossierStep> plan, Instant now) {
		requireStatus(DossierStatus.RECEIVED);
		if (plan.size() < 2) {
			throw new IllegalArgumentException("An internal process has a receiving step and at least one more");
		}
		steps.addAll(plan);
		steps.set(0, plan.get(0).start(now));
		moveTo(0);
	}

	/**
	 * The holder of the current step forwards the dossier to the next step; leaving the desk it is in
	 * progress, reaching the last step (the return) it is processed. A procedure that issues its result
	 * electronically reaches the return only with the signed result: processed without one, the dossier
	 * counted as resolved in the reports while the desk could not return it.
	 */
	void forward(Actor holder, @Nullable String comment, @Nullable UUID assignee, boolean signedResultRequired,
			Instant now) {
		requireStatus(DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
		int current = requireCurrentStep();
		if (current + 1 >= steps.size()) {
			throw new IllegalDossierTransitionException(code, status);
		}
		if (forwardReachesTheReturn() && signedResultRequired && resultSha256 == null) {
			throw new InvalidRequestException("dossier.forward.needs-signed-result");
		}
		handOver(current, current + 1, holder, true, comment, now);
		if (assignee != null) {
			steps.set(current + 1, steps.get(current + 1).startFor(assignee, now));
			moveTo(current + 1);
		}
		if (current + 2 == steps.size()) {
			record(DossierStatus.PROCESSED, now, holder, comment);
		}
		else if (status == DossierStatus.RECEIVED) {
			record(DossierStatus.IN_PROGRESS, now, holder, comment);
		}
	}

	/** Whether forwarding from the current step reaches the last one, the return of the result. */
	boolean forwardReachesTheReturn() {
		return stepIndex != null && stepIndex + 2 == steps.size();
	}

	/**
	 * The holder of the current step sends the dossier back to the previous step, saying why. A refusal
	 * during processing skipped the steps between the refusing one and the return: sent back, the
	 * refusal is withdrawn and the dossier goes back to the step that refused it, to be decided again;
	 * left in place, its reason would still make the slips, the status page and the reports call a
	 * dossier refused that goes on to a real result.
	 */
	void sendBack(Actor holder, String comment, Instant now) {
		requireStatus(DossierStatus.IN_PROGRESS, DossierStatus.PROCESSED);
		int current = requireCurrentStep();
		if (current < 2 || comment.isBlank()) {
			throw new IllegalDossierTransitionException(code, status);
		}
		int back = refusalReason == null ? current - 1 : refusingStep(current);
		refusalReason = null;
		handOver(current, back, holder, false, comment, now);
		if (status == DossierStatus.PROCESSED) {
			record(DossierStatus.IN_PROGRESS, now, holder, comment);
		}
	}

	/** The step the refusal came from: the one that last handed the dossier forward to the return step. */
	private int refusingStep(int returnStep) {
		for (int i = handovers.size() - 1; i >= 0; i--) {
			Handover handover = handovers.get(i);
			if (handover.forward() && handover.toStep() != null && handover.toStep() == returnStep) {
				return handover.fromStep();
			}
		}
		return returnStep - 1;
	}

	private void handOver(int from, int to, Actor actor, boolean forward, @Nullable String comment, Instant now) {
		requireFits(comment);
		steps.set(from, steps.get(from).finish(now));
		steps.set(to, steps.get(to).start(now));
		handovers.add(new Handover(now, from, to, actor.name(), forward, comment));
		moveTo(to);
		events.add(new DossierHandedOver(actor, now, id, code, agencyCode, from, to, steps.get(to).role(), forward,
				comment));
	}

	/** The step the dossier now waits at, with its role, unit, due time and holder kept for the work queues. */
	private void moveTo(@Nullable Integer step) {
		stepIndex = step;
		DossierStep current = step == null ? null : steps.get(step);
		stepRole = current == null ? null : current.role();
		stepUnitId = current == null ? null : current.unitId();
		stepDueAt = current == null ? null : current.dueAt();
		stepHolderId = current == null ? null : current.holderAccountId();
	}

	private int requireCurrentStep() {
		if (stepIndex == null) {
			throw new IllegalDossierTransitionException(code, status);
		}
		return stepIndex;
	}

	private void record(DossierStatus newStatus, Instant at, Actor actor, @Nullable String note) {
		record(newStatus, at, actor, note, false);
	}

	private void record(DossierStatus newStatus, Instant at, Actor actor, @Nullable String note, boolean refused) {
		requireFits(note);
		DossierStatus previous = history.isEmpty() ? null : status;
		status = newStatus;
		history.add(new StatusChange(newStatus, at, actor.name(), note));
		events.add(new DossierStatusChanged(actor, at, id, code, agencyCode, procedure.code(), previous, newStatus,
				note, refused));
	}

	private void requireStatus(DossierStatus... allowed) {
		for (DossierStatus candidate : allowed) {
			if (status == candidate) {
				return;
			}
		}
		throw new IllegalDossierTransitionException(code, status);
	}

	/** The events registered since the dossier was loaded (or since they were last taken). */
	List<Object> events() {
		return List.copyOf(events);
	}

	/**
	 * Hands the registered events over for publishing, once, after the dossier was saved; when there
	 * are any, they end with {@link DossierSaved}, the dossier's facts as stored.
	 */
	List<Object> takeEvents() {
		if (events.isEmpty()) {
			return List.of();
		}
		events.add(new DossierSaved(DossierFacts.of(this)));
		List<Object> taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	public UUID id() {
		return id;
	}

	/** The aggregate's version: it grows with every save, so readers can tell newer facts from older. */
	public @Nullable Long version() {
		return version;
	}

	/** The store has written the dossier as it now is, under that version. */
	void stored(long storedVersion, DossierRepository.StoredRows rows) {
		this.version = storedVersion;
		this.stored = rows;
	}

	/** The child rows as last stored (none for a new dossier). */
	DossierRepository.StoredRows stored() {
		return stored;
	}

	@Nullable String idempotencyKey() {
		return idempotencyKey;
	}

	/** The step the dossier waits at and the role, unit, due time and holder the work queues read from the row. */
	@Nullable Integer stepIndex() {
		return stepIndex;
	}

	@Nullable Role stepRole() {
		return stepRole;
	}

	@Nullable UUID stepUnitId() {
		return stepUnitId;
	}

	@Nullable LocalDateTime stepDueAt() {
		return stepDueAt;
	}

	/** The officer the current step is assigned to; null when any holder of its role may act. */
	@Nullable UUID stepHolderId() {
		return stepHolderId;
	}

	public String code() {
		return code;
	}

	public String agencyCode() {
		return agencyCode;
	}

	public ProcedureReference procedure() {
		return procedure;
	}

	public Channel channel() {
		return channel;
	}

	/** How many sets of papers the applicant handed in (Mẫu 01 and the register print it). */
	public int sets() {
		return sets;
	}

	public DossierStatus status() {
		return status;
	}

	public Applicant applicant() {
		return applicant;
	}

	public @Nullable UUID accountId() {
		return accountId;
	}

	public ResultDelivery delivery() {
		return delivery;
	}

	public @Nullable String deliveryAddress() {
		return deliveryAddress;
	}

	public Instant submittedAt() {
		return submittedAt;
	}

	public @Nullable Instant receivedAt() {
		return receivedAt;
	}

	public @Nullable LocalDateTime appointmentAt() {
		return appointmentAt;
	}

	public @Nullable String ruleSet() {
		return ruleSet;
	}

	public List<DossierDocument> documents() {
		return Collections.unmodifiableList(documents);
	}

	public List<StatusChange> history() {
		return Collections.unmodifiableList(history);
	}

	public List<DossierStep> steps() {
		return Collections.unmodifiableList(steps);
	}

	public List<Handover> handovers() {
		return Collections.unmodifiableList(handovers);
	}

	/** The step the dossier waits at, if it is being processed. */
	public @Nullable DossierStep currentStep() {
		return stepIndex == null ? null : steps.get(stepIndex);
	}
}
