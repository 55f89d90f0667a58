package vn.motcua.document;

/** What a signature says about the document it is in. */
public enum DocumentIntegrity {

	/** The signature is valid and covers the whole file: nothing changed since signing. */
	INTACT,

	/** The signature is valid, but bytes were appended after it (an incremental update, or a later signature). */
	CHANGED_AFTER_SIGNING,

	/** The signature does not check: the signed bytes changed, or the signature is damaged. */
	BROKEN;

	static DocumentIntegrity of(boolean valid, boolean coversWholeDocument) {
		if (!valid) {
			return BROKEN;
		}
		return coversWholeDocument ? INTACT : CHANGED_AFTER_SIGNING;
	}
}
