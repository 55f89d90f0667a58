package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.motcua.document.AttachmentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.shared.NotFoundException;

/**
 * The file of one of a dossier's documents, as the desk and the officers processing it open it; the
 * caller has already checked that the officer may read the dossier.
 */
@Component
class DossierDocumentFiles {

	private final AttachmentStore attachments;

	DossierDocumentFiles(AttachmentStore attachments) {
		this.attachments = attachments;
	}

	/**
	 * The document at that position in the dossier's list. Nothing keeps a copy: the files are the
	 * applicant's, opened on office computers that others share.
	 */
	ResponseEntity<byte[]> download(Dossier dossier, int position) {
		List<DossierDocument> documents = dossier.documents();
		if (position < 0 || position >= documents.size() || !documents.get(position).hasFile()) {
			throw new NotFoundException("dossier.document.not-found");
		}
		DossierDocument document = documents.get(position);
		byte[] content = attachments.read(String.valueOf(document.fileId()))
			.orElseThrow(() -> new NotFoundException("dossier.document.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(String.valueOf(document.contentType())))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(String.valueOf(document.fileName()), StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
