package vn.motcua.dossier;

import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.document.Attachment;

/** A file a draft holds for one required document, already checked and stored. */
@Table("dossier_draft_file")
public record DraftFile(int requiredDocumentIndex, String attachmentId, String sha256, String fileName,
		String contentType, long fileSize) {

	static DraftFile of(int requiredDocumentIndex, Attachment attachment) {
		return new DraftFile(requiredDocumentIndex, attachment.id(), attachment.sha256(), attachment.fileName(),
				attachment.contentType(), attachment.size());
	}
}
