package vn.motcua.document;

/**
 * A signed PDF and its SHA-256, which the issuing module keeps to recognize the issued file later.
 *
 * @param content the signed PDF
 * @param sha256 the SHA-256 of {@code content}, in lower-case hexadecimal
 */
public record SignedPdf(byte[] content, String sha256) {

	public SignedPdf {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}
}
