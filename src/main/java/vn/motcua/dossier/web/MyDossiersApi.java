package vn.motcua.dossier.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

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
import vn.motcua.dossier.DossierListItem;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierProcessing;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.ListPage;
import vn.motcua.shared.NextPageLink;
import vn.motcua.shared.QueueCursor;

/** The signed-in applicant's own dossiers; another applicant's dossier is never found. */
@RestController
@RequestMapping("/api/v1/my/dossiers")
@Tag(name = "Dossiers")
class MyDossiersApi {

	private final DossierManagement dossiers;
	private final AccountManagement accounts;
	private final DossierProcessing processing;

	MyDossiersApi(DossierManagement dossiers, AccountManagement accounts, DossierProcessing processing) {
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.processing = processing;
	}

	record DossierSummary(String code, String procedureCode, String procedureName, String status, int nationalStatus,
			Instant submittedAt, @Nullable LocalDateTime appointmentAt) {

		static DossierSummary of(Dossier dossier) {
			return new DossierSummary(dossier.code(), dossier.procedure().code(), dossier.procedure().name(),
					dossier.status().name(), dossier.status().nationalCode(), dossier.submittedAt(),
					dossier.appointmentAt());
		}

		static DossierSummary of(DossierListItem item) {
			return new DossierSummary(item.code(), item.procedureCode(), item.procedureName(), item.status().name(),
					item.status().nationalCode(), item.submittedAt(), item.appointmentAt());
		}
	}

	record HistoryEntry(String status, Instant at, @Nullable String note) {
	}

	record DossierDetail(DossierSummary summary, String applicantName, String channel, String delivery,
			List<String> documents, List<HistoryEntry> history) {
	}

	@GetMapping
	@Operation(summary = "A page of the signed-in applicant's dossiers, newest first",
			description = "size: dossiers a page, 1 to 200 (50 when not given); after: where the page starts, as "
					+ "given by the Link header (rel=\"next\") of the page before, which is absent on the last page")
	ResponseEntity<List<DossierSummary>> list(@RequestParam(defaultValue = "" + ListPage.DEFAULT_SIZE) int size,
			@RequestParam(required = false) @Nullable String after) {
		ListPage<DossierListItem> page = dossiers.dossiersOf(currentAccount(),
				QueueCursor.parse(after), size);
		return NextPageLink.ok(page.next(), next -> next.queryParam("size", size))
			.body(page.items().stream().map(DossierSummary::of).toList());
	}

	@GetMapping("/{code}")
	@Operation(summary = "One of the signed-in applicant's dossiers, with its documents and history")
	DossierDetail show(@PathVariable String code) {
		Dossier dossier = dossiers.dossierOf(currentAccount(), code);
		return new DossierDetail(DossierSummary.of(dossier), dossier.applicant().name(), dossier.channel().name(),
				dossier.delivery().name(), dossier.documents().stream().map(document -> document.name()).toList(),
				dossier.history().stream().map(change -> new HistoryEntry(change.status().name(), change.changedAt(),
						change.note())).toList());
	}

	record Withdrawal(@NotBlank(message = "{dossier.reason.required}")
			@Size(max = 2000) String reason) {
	}

	@PostMapping("/{code}/withdrawal")
	@Operation(summary = "Withdraw one of the applicant's own dossiers before its result is issued")
	DossierSummary withdraw(@PathVariable String code,
			@Valid @RequestBody Withdrawal withdrawal) {
		return DossierSummary.of(processing.withdraw(currentAccount(), code, withdrawal.reason()));
	}

	private UUID currentAccount() {
		return accounts.currentUser().orElseThrow().accountId();
	}
}
