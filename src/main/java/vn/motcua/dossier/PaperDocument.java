package vn.motcua.dossier;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.InvalidRequestException;

/**
 * A required document handed in at the desk or by post: the papers counted (originals, certified
 * copies, photocopies) and, where the desk scanned it, the scan.
 */
public record PaperDocument(int requiredDocumentIndex, int originals, int certifiedCopies, int photocopies,
		@Nullable UploadedFile scan) {

	public PaperDocument {
		if (originals < 0 || certifiedCopies < 0 || photocopies < 0) {
			throw new InvalidRequestException("dossier.counter.count.negative");
		}
	}

	public boolean isHandedIn() {
		return originals + certifiedCopies + photocopies > 0 || scan != null;
	}
}
