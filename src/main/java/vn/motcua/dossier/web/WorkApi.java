package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierProcessing;
import vn.motcua.dossier.DossierStep;
import vn.motcua.dossier.QueueFilter;
import vn.motcua.dossier.QueueItem;
import vn.motcua.dossier.QueueScope;
import vn.motcua.dossier.QueueSlice;
import vn.motcua.dossier.WorkQueues;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.QueueCursor;

/** Processing along the internal process, for officers' tools. */
@RestController
@RequestMapping("/api/v1/work")
@Tag(name = "Processing")
class WorkApi {

	private final DossierProcessing processing;
	private final vn.motcua.dossier.DossierResults results;
	private final WorkQueues queues;
	private final vn.motcua.dossier.StepAssignment assignment;

	WorkApi(DossierProcessing processing, vn.motcua.dossier.DossierResults results,
			WorkQueues queues, vn.motcua.dossier.StepAssignment assignment) {
		this.queues = queues;
		this.assignment = assignment;
		this.processing = processing;
		this.results = results;
	}

	/** @param assignee the user name of the officer the next step is assigned to, if any */
	record Move(@Nullable @Size(max = 2000) String comment, @Nullable @Size(max = 100) String assignee) {
	}

	record SendBack(@NotBlank(message = "{dossier.work.comment.required}") @Size(max = 2000) String comment) {
	}

	record Moved(String code, String status, int nationalStatus, @Nullable String step, @Nullable String role,
			@Nullable LocalDateTime stepDueAt) {

		static Moved of(Dossier dossier) {
			DossierStep step = dossier.currentStep();
			return new Moved(dossier.code(), dossier.status().name(), dossier.status().nationalCode(),
					step == null ? null : step.name(), step == null ? null : step.role().name(),
					step == null ? null : step.dueAt());
		}
	}

	@GetMapping("/queue")
	@Operation(summary = "A page of the signed-in officer's queue: dossiers at steps they may act on, soonest due first",
			description = "q: part of a code, or words of the applicant's name with or without diacritics "
					+ "(at most 200 characters); urgency: ON_TRACK, DUE_SOON or OVERDUE; "
					+ "scope=unit: a unit head's view of what the unit's officers hold (403 for others); "
					+ "size: dossiers a page, 1 to 200 (50 when not given); after: where the page starts, as given by "
					+ "the Link header (rel=\"next\") of the page before, which is absent on the last page")
	ResponseEntity<List<QueueItem>> queue(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) QueueItem.@Nullable Urgency urgency,
			@RequestParam(defaultValue = "mine") String scope,
			@RequestParam(defaultValue = "" + WorkQueues.DEFAULT_PAGE_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		QueueScope which = QueueScope.named(scope);
		QueueSlice page = queues.page(which, new QueueFilter(q, urgency), QueueCursor.parse(after),
				size);
		return NextPageLink.ok(page.next(), next -> next.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParamIfPresent("urgency", Optional.ofNullable(urgency))
			.queryParam("scope", which.parameter())
			.queryParam("size", size)).body(page.items());
	}

	@PostMapping("/dossiers/{code}/forward")
	@Operation(summary = "Forward the dossier to the next step of its internal process")
	Moved forward(@PathVariable String code, @Valid @RequestBody(required = false) @Nullable Move move) {
		return Moved.of(processing.forward(code, move == null ? null : move.comment(), move == null ? null : move.assignee()));
	}

	record SupplementRequest(@jakarta.validation.constraints.NotEmpty(message = "{dossier.desk.missing.required}")
			List<@NotBlank @Size(max = 500) String> missingItems) {
	}

	@PostMapping("/dossiers/{code}/supplement-request")
	@Operation(summary = "Ask the applicant for more documents (Mẫu 02); the processing clock pauses")
	Moved requestSupplement(@PathVariable String code, @Valid @RequestBody SupplementRequest request) {
		return Moved.of(processing.requestSupplement(code, request.missingItems()));
	}

	record Reason(@NotBlank(message = "{dossier.reason.required}") @Size(max = 2000) String reason) {
	}

	@PostMapping("/dossiers/{code}/payment-request")
	@Operation(summary = "Ask the applicant to pay the fees due; the processing clock pauses")
	Moved requestPayment(@PathVariable String code, @Valid @RequestBody Reason note) {
		return Moved.of(processing.requestPayment(code, note.reason()));
	}

	@PostMapping("/dossiers/{code}/payment")
	@Operation(summary = "Record that the fees were paid; processing resumes and due times move by the pause")
	Moved recordPayment(@PathVariable String code, @Valid @RequestBody Reason note) {
		return Moved.of(processing.recordPayment(code, note.reason()));
	}

	record Apology(@NotBlank(message = "{dossier.reason.required}") @Size(max = 2000) String reason,
			@jakarta.validation.constraints.NotNull(message = "{dossier.apology.date}") LocalDateTime newAppointment) {
	}

	@PostMapping("/dossiers/{code}/apology")
	@Operation(summary = "Apologise for a coming delay and set one new date (Mẫu 04), at least a working day ahead")
	Moved apologize(@PathVariable String code, @Valid @RequestBody Apology apology) {
		return Moved.of(processing.apologize(code, apology.reason(), apology.newAppointment()));
	}

	@PostMapping(path = "/dossiers/{code}/result", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach (or replace) the draft result, a PDF, before it is signed")
	Moved attachResult(@PathVariable String code,
			@org.springframework.web.bind.annotation.RequestPart("file") org.springframework.web.multipart.MultipartFile file)
			throws java.io.IOException {
		return Moved.of(results.attachDraft(code, String.valueOf(file.getOriginalFilename()), file.getBytes()));
	}

	@PostMapping("/dossiers/{code}/signature")
	@Operation(summary = "Sign the draft result with the agency's key (the leader at the approval step)")
	Moved sign(@PathVariable String code) {
		return Moved.of(results.sign(code));
	}

	/** How the result was handed over; named reason like the other actions' texts, which clients already send. */
	record ReturnDetail(@NotBlank(message = "{dossier.return.detail.required}") @Size(max = 2000) String reason) {
	}

	@PostMapping("/dossiers/{code}/return")
	@Operation(summary = "Return the result: how it was handed over (online, who collected it, or the post's tracking number)")
	Moved returnResult(@PathVariable String code, @Valid @RequestBody ReturnDetail detail) {
		return Moved.of(results.returnResult(code, detail.reason()));
	}

	@PostMapping("/dossiers/{code}/refusal")
	@Operation(summary = "Refuse the dossier during processing, with the reason; the desk returns the refusal")
	Moved refuse(@PathVariable String code, @Valid @RequestBody Reason reason) {
		return Moved.of(processing.refuse(code, reason.reason()));
	}

	record Transfer(@NotBlank(message = "{dossier.transfer.agency.required}") @Size(max = 40) String agencyCode,
			@NotBlank(message = "{dossier.reason.required}") @Size(max = 2000) String request) {
	}

	@PostMapping("/dossiers/{code}/transfer")
	@Operation(summary = "Hand the dossier to a co-agency of this installation with a request (liên thông)")
	Moved handToAgency(@PathVariable String code, @Valid @RequestBody Transfer transfer) {
		return Moved.of(processing.handToAgency(code, transfer.agencyCode(), transfer.request()));
	}

	@PostMapping("/dossiers/{code}/transfer/return")
	@Operation(summary = "The co-agency gives the dossier back with its opinion")
	Moved giveBack(@PathVariable String code, @Valid @RequestBody Reason opinion) {
		return Moved.of(processing.giveBack(code, opinion.reason()));
	}

	@GetMapping("/dossiers/{code}/agency-times")
	@Operation(summary = "The working time each agency has held the dossier since receipt (ISO-8601 durations)")
	java.util.Map<String, java.time.Duration> agencyTimes(@PathVariable String code) {
		return processing.timeByAgency(code);
	}

	@PostMapping("/dossiers/{code}/stop")
	@Operation(summary = "Stop processing for good, with the reason given to the applicant")
	Moved stop(@PathVariable String code, @Valid @RequestBody Reason reason) {
		return Moved.of(processing.stop(code, reason.reason()));
	}

	/** The user name of the officer to hold the step; none (or blank) opens it to every holder of its role. */
	record Assignment(@Nullable @Size(max = 100) String holder) {
	}

	@PostMapping("/dossiers/{code}/assignment")
	@Operation(summary = "Give the current step to another officer with its role, or to the whole unit (the unit head or the agency's leader)")
	Moved reassign(@PathVariable String code, @Valid @RequestBody Assignment assignment) {
		return Moved.of(this.assignment.reassign(code, assignment.holder()));
	}

	@PostMapping("/dossiers/{code}/send-back")
	@Operation(summary = "Send the dossier back to the previous step, saying why")
	Moved sendBack(@PathVariable String code, @Valid @RequestBody SendBack sendBack) {
		return Moved.of(processing.sendBack(code, sendBack.comment()));
	}
}
