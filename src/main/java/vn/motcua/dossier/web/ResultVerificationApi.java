package vn.motcua.dossier.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.document.Verification;
import vn.motcua.dossier.DossierResults;

/** Anyone holding a result and its dossier's code can check that it is the file issued, signed and intact. */
@RestController
@Tag(name = "Dossiers")
class ResultVerificationApi {

	private final DossierResults results;
	private final StatusLookupLimit limit;

	ResultVerificationApi(DossierResults results, StatusLookupLimit limit) {
		this.results = results;
		this.limit = limit;
	}

	@PostMapping(path = "/api/v1/dossiers/{code}/result/verification", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Is this PDF the result issued for the dossier, with a valid signature and unchanged?")
	Verification verify(@PathVariable String code, @RequestPart("file") MultipartFile file, HttpServletRequest request)
			throws IOException {
		limit.check(request);
		return results.verify(code, file.getBytes());
	}
}
