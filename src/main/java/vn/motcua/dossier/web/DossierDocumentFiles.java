package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditTrail;
import vn.motcua.document.AttachmentStore;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierDocument;
import vn.motcua.shared.Actor;
import vn.motcua.shared.NotFoundException;

/**
 * The file of one of a dossier's documents, as the desk and the officers processing it open it; the
 * caller has already checked that the officer may read the dossier.
 * <p>
 * The files are the applicant's personal data (ID card scans, diplomas, registrations), and the law on
 * personal data (Law 91/2025/QH15, ND 356/2025) asks that every access be logged: each file served
 * here is one read in the audit trail, recorded here so that the desk, the officers' page and their API
 * cannot forget it. Only officers reach this class; an applicant opening their own files would not be
 * an access to another's data and is not meant to be recorded through it.
 */
@Component
class DossierDocumentFiles {

	static final String READ_ACTION = "dossier.document.read";

	private final AttachmentStore attachments;
	private final AuditTrail audit;

	DossierDocumentFiles(AttachmentStore attachments, AuditTrail audit) {
		this.attachments = attachments;
		this.audit = audit;
	}

	/**
	 * The document at that position in the dossier's list. Nothing keeps a copy: the files are the
	 * applicant's, opened on office computers that others share. The read is recorded once the file
	 * was found, before it is sent: a file that cannot be read is no read, and one whose read could
	 * not be recorded is not served.
	 */
	ResponseEntity<byte[]> download(Dossier dossier, int position) {
		List<DossierDocument> documents = dossier.documents();
		if (position < 0 || position >= documents.size() || !documents.get(position).hasFile()) {
			throw new NotFoundException("dossier.document.not-found");
		}
		DossierDocument document = documents.get(position);
		byte[] content = attachments.read(String.valueOf(document.fileId()))
			.orElseThrow(() -> new NotFoundException("dossier.document.not-found"));
		recordRead(dossier, position, document);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(String.valueOf(document.contentType())))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(String.valueOf(document.fileName()), StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	/**
	 * Names the document by its position (as in the file's address) and the name the procedure gives
	 * it, never by the uploaded file's name, which the applicant chose and may hold their name. The
	 * read commits in a transaction of its own (not as a waiting entry of the caller's), so that it
	 * holds in a read-only transaction and stays when the caller's rolls back.
	 */
	private void recordRead(Dossier dossier, int position, DossierDocument document) {
		audit.recordRead(Actor.current(), dossier.agencyCode(), READ_ACTION, "Dossier", dossier.code(),
				"Document " + position + " (" + document.name() + ") of dossier " + dossier.code() + " read");
	}
}
