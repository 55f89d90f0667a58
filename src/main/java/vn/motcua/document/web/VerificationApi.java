package vn.motcua.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.document.SignatureVerifier;
import vn.motcua.document.Verification;

@RestController
@Tag(name = "Signature verification")
class VerificationApi {

	private final SignatureVerifier verifier;
	private final PdfUploads uploads;

	VerificationApi(SignatureVerifier verifier, PdfUploads uploads) {
		this.verifier = verifier;
		this.uploads = uploads;
	}

	@PostMapping(path = DocumentSignatureAccessRules.API, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Verifies the digital signatures of an uploaded PDF (multipart part \"file\"); nothing is kept")
	Verification verify(@RequestParam(name = "file", required = false) @Nullable MultipartFile file) {
		return verifier.verify(uploads.read(file));
	}
}
