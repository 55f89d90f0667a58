package vn.motcua.dossier.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A slip or a result as a PDF that the browser shows (and can print or save) under a meaningful name. */
final class PdfResponses {

	private PdfResponses() {
	}

	static ResponseEntity<byte[]> inline(byte[] pdf, String fileName) {
		return shown(fileName).body(pdf);
	}

	/**
	 * A PDF that no cache may keep, such as a dossier's result on an officer's page: it is the
	 * applicant's, and neither a shared office computer's browser nor a proxy should hold a copy.
	 */
	static ResponseEntity<byte[]> unstored(byte[] pdf, String fileName) {
		return shown(fileName).cacheControl(CacheControl.noStore()).body(pdf);
	}

	private static ResponseEntity.BodyBuilder shown(String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString());
	}
}
