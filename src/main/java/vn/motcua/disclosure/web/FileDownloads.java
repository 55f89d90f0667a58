package vn.motcua.disclosure.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.disclosure.Disclosure;
import vn.motcua.disclosure.DisclosureManagement;
import vn.motcua.shared.NotFoundException;

/** A publication's file as a download, under its uploaded name, for the public page and the officers' page. */
final class FileDownloads {

	private FileDownloads() {
	}

	static ResponseEntity<byte[]> download(DisclosureManagement disclosures, Disclosure disclosure, int index) {
		DisclosureManagement.FileContent file = disclosures.file(disclosure, index)
			.orElseThrow(() -> new NotFoundException("disclosure.file.unknown"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.content());
	}
}
