package vn.motcua.document;

/**
 * An upload that passed {@link AttachmentStore#check}: accepted kind, not empty, not too large, with
 * the type sniffed from its bytes. Only the check makes one, so a file stored from it was checked.
 */
public final class CheckedFile {

	private final String fileName;
	private final byte[] content;
	private final String contentType;

	CheckedFile(String fileName, byte[] content, String contentType) {
		this.fileName = fileName;
		this.content = content;
		this.contentType = contentType;
	}

	public String fileName() {
		return fileName;
	}

	public byte[] content() {
		return content;
	}

	public String contentType() {
		return contentType;
	}
}
