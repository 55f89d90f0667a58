package vn.motcua.document;

import org.jspecify.annotations.Nullable;

/**
 * What a signature says about itself.
 *
 * @param signerName the name of the person or agency signing, shown by PDF readers
 * @param reason why the document is signed, such as the approval of a result
 * @param location where it is signed, such as the province
 * @param appearance where and how the signature shows on a page, or null for an invisible one
 */
public record SignatureRequest(String signerName, String reason, String location,
		@Nullable VisibleSignature appearance) {

	/** An invisible signature: PDF readers list it, but no page shows it. */
	public static SignatureRequest invisible(String signerName, String reason, String location) {
		return new SignatureRequest(signerName, reason, location, null);
	}
}
