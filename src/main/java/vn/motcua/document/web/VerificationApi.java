package vn.motcua.document.web;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.document.IssuedDocumentVerification;
import vn.motcua.document.Verification;

@RestController
@Tag(name = "Signature verification")
class VerificationApi {

	private final IssuedDocumentVerification verification;
	private final PdfUploads uploads;
	private final CodeLookupLimit limit;

	VerificationApi(IssuedDocumentVerification verification, PdfUploads uploads, CodeLookupLimit limit) {
		this.verification = verification;
		this.uploads = uploads;
		this.limit = limit;
	}

	@PostMapping(path = DocumentSignatureAccessRules.API)
	@Operation(summary = "Verifies a signed result: a PDF (multipart part \"file\"), a dossier code, or both",
			description = "With a file only, its signatures are checked. With a code only, the result issued for that "
					+ "dossier is checked. With both, the answer also says whether the file is the one issued "
					+ "(matchesIssuedFile). Nothing uploaded is kept. 404 when no signed result was issued for the code.")
	Verification verify(
			@Parameter(description = "the dossier code printed on the result") @RequestParam(name = "code",
					required = false) @Nullable String code,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file, HttpServletRequest request) {
		limit.check(code, request);
		return verification.verify(code, uploads.readIfChosen(file));
	}
}
