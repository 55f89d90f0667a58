package vn.motcua.dossier.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import vn.motcua.dossier.DossierListItem;
import vn.motcua.dossier.PaperDocument;
import vn.motcua.dossier.ReceiptDecisions;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.QueueCursor;

/** The one-stop desk's waiting list and decisions at receipt, for desk software and integrations. */
@RestController
@RequestMapping("/api/v1/desk/dossiers")
@Tag(name = "One-stop desk")
class DeskApi {

	private final ReceiptDecisions decisions;

	DeskApi(ReceiptDecisions decisions) {
		this.decisions = decisions;
	}

	record Decision(String code, String status, int nationalStatus, @Nullable LocalDateTime appointmentAt) {

		static Decision of(Dossier dossier) {
			return new Decision(dossier.code(), dossier.status().name(), dossier.status().nationalCode(),
					dossier.appointmentAt());
		}
	}

	record CompletionRequest(
			@NotEmpty(message = "{dossier.desk.missing.required}") List<@NotBlank @Size(max = 500) String> missingItems) {
	}

	record SuppliedDocument(@jakarta.validation.constraints.PositiveOrZero int index,
			@jakarta.validation.constraints.PositiveOrZero int originals,
			@jakarta.validation.constraints.PositiveOrZero int certifiedCopies,
			@jakarta.validation.constraints.PositiveOrZero int photocopies) {
	}

	record Supplement(@NotEmpty(message = "{dossier.desk.supplement.nothing}") List<@Valid SuppliedDocument> documents) {
	}

	record Refusal(@NotBlank(message = "{dossier.desk.reason.required}") @Size(max = 2000) String reason) {
	}

	@GetMapping
	@Operation(summary = "A page of the dossiers waiting for the desk's decision at the officer's agencies, "
			+ "oldest first",
			description = "q: part of a code, or words of the applicant's name with or without diacritics "
					+ "(at most 200 characters); size: dossiers a page, 1 to 200 (50 when not "
					+ "given); after: where the page starts, as given by the Link header (rel=\"next\") of the page "
					+ "before, which is absent on the last page")
	ResponseEntity<List<DossierListItem>> waiting(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		ListPage<DossierListItem> page = decisions.waiting(q, QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParamIfPresent("q", Optional.ofNullable(q))
			.queryParam("size", size)).body(page.items());
	}

	@PostMapping("/{code}/acceptance")
	@Operation(summary = "Accept a complete dossier: the clock starts and the appointment is set")
	Decision accept(@PathVariable String code) {
		return Decision.of(decisions.accept(code));
	}

	@PostMapping("/{code}/completion-request")
	@Operation(summary = "Ask for every missing item at once (Mẫu 02)")
	Decision requestCompletion(@PathVariable String code, @Valid @RequestBody CompletionRequest request) {
		return Decision.of(decisions.requestCompletion(code, request.missingItems()));
	}

	@PostMapping("/{code}/supplement")
	@Operation(summary = "Record the papers the applicant brought to the desk in answer to a request to supplement",
			description = "At receipt or during processing; the clock of a received dossier resumes. Scans are "
					+ "recorded through the desk page.")
	Decision recordSupplement(@PathVariable String code, @Valid @RequestBody Supplement supplement) {
		return Decision.of(decisions.recordSupplement(code, supplement.documents().stream()
			.map(document -> new PaperDocument(document.index(), document.originals(), document.certifiedCopies(),
					document.photocopies(), null))
			.toList()));
	}

	@PostMapping("/{code}/refusal")
	@Operation(summary = "Refuse a dossier outside the agency's competence or not eligible (Mẫu 03)")
	Decision refuse(@PathVariable String code, @Valid @RequestBody Refusal refusal) {
		return Decision.of(decisions.refuse(code, refusal.reason()));
	}
}
