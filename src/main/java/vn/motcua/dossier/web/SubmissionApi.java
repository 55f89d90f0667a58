package vn.motcua.dossier.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierIntake;
import vn.motcua.dossier.OnlineSubmission;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.identity.AccountManagement;
import vn.motcua.shared.InvalidRequestException;

/**
 * Online submission over the API: a multipart request with the dossier as JSON (part {@code dossier})
 * and one file per required document (parts {@code document-0}, {@code document-1}, … by the
 * document's position in the procedure). A retry with the same {@code Idempotency-Key} returns the
 * dossier of the first attempt.
 */
@RestController
@Tag(name = "Dossiers")
class SubmissionApi {

	private final DossierIntake intake;
	private final AccountManagement accounts;

	SubmissionApi(DossierIntake intake, AccountManagement accounts) {
		this.intake = intake;
		this.accounts = accounts;
	}

	record SubmissionRequest(@NotBlank(message = "{dossier.intake.procedure.required}") String procedureCode,
			@NotBlank(message = "{dossier.intake.address.required}") @Size(max = 500) String address,
			@NotNull(message = "{dossier.intake.delivery.required}") ResultDelivery delivery,
			@Nullable @Size(max = 500) String deliveryAddress) {
	}

	record SubmissionResponse(String code, String status, int nationalStatus, String procedureCode) {
	}

	@PostMapping(path = "/api/v1/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Submit a dossier online, with one file per required document (parts document-N)")
	ResponseEntity<SubmissionResponse> submit(@Valid @RequestPart("dossier") SubmissionRequest dossier,
			@Parameter(description = "makes a retry return the same dossier") @RequestHeader(name = "Idempotency-Key",
					required = false) @Nullable String idempotencyKey,
			MultipartHttpServletRequest request) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
			throw new InvalidRequestException("dossier.intake.idempotency-key.invalid");
		}
		Dossier submitted = intake.submitOnline(accounts.currentUser().orElseThrow().accountId(),
				new OnlineSubmission(dossier.procedureCode().trim(), dossier.address(), dossier.delivery(),
						dossier.deliveryAddress(), idempotencyKey, UploadedParts.of(request.getFileMap(), java.util.Set.of("dossier"))));
		return ResponseEntity.created(URI.create("/api/v1/my/dossiers/" + submitted.code()))
			.body(new SubmissionResponse(submitted.code(), submitted.status().name(),
					submitted.status().nationalCode(), submitted.procedure().code()));
	}
}
