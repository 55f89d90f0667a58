package vn.motcua.consultation.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.consultation.Consultation;
import vn.motcua.consultation.ConsultationManagement;
import vn.motcua.shared.NotFoundException;

/** A draft file as a download, under its uploaded name, for the public page and the officers' page. */
final class DraftDownloads {

	private DraftDownloads() {
	}

	static ResponseEntity<byte[]> download(ConsultationManagement consultations, Consultation consultation, int index) {
		ConsultationManagement.DraftFileContent draft = consultations.draftFile(consultation, index)
			.orElseThrow(() -> new NotFoundException("consultation.draft-file.unknown"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(draft.file().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(draft.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.body(draft.content());
	}
}
