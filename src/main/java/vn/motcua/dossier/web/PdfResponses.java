package vn.motcua.dossier.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A slip as a PDF that the browser shows (and can print or save) under a meaningful name. */
final class PdfResponses {

	private PdfResponses() {
	}

	static ResponseEntity<byte[]> inline(byte[] pdf, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(pdf);
	}
}
