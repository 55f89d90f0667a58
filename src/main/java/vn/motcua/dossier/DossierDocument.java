package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A document of a dossier (giấy tờ trong hồ sơ): which required document of the procedure it
 * answers, the paper counts the desk recorded, and the file uploaded or scanned, if any: its id in
 * the attachment store and its SHA-256, which shows it was never changed.
 */
@Table("dossier_document")
public record DossierDocument(int requiredDocumentIndex, String name, int originals, int certifiedCopies,
		int photocopies, @Nullable String fileId, @Nullable String fileSha256, @Nullable String fileName,
		@Nullable String contentType, long fileSize) {

	public DossierDocument {
		if (originals < 0 || certifiedCopies < 0 || photocopies < 0) {
			throw new IllegalArgumentException("Paper counts cannot be negative");
		}
	}

	/** An uploaded file answering a required document. */
	public static DossierDocument file(int requiredDocumentIndex, String name, String fileId, String sha256,
			String fileName, String contentType, long size) {
		return new DossierDocument(requiredDocumentIndex, name, 0, 0, 0, fileId, sha256, fileName, contentType, size);
	}

	public boolean hasFile() {
		return fileId != null;
	}

	/** Whether papers were handed in for it; a file uploaded online comes without any. */
	public boolean hasPapers() {
		return originals + certifiedCopies + photocopies > 0;
	}
}
