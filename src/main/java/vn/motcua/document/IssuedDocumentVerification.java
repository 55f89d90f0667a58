package vn.motcua.document;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/**
 * Verification of a signed document by what its holder has: the file, the reference printed on it
 * (the dossier code that the QR code carries), or both. With a reference alone it checks the file
 * kept since issue; with both it also says whether the file in hand is that very file.
 */
@Component
public class IssuedDocumentVerification {

	private final SignatureVerifier verifier;
	private final FileStorage files;
	private final List<IssuedDocuments> issuers;

	IssuedDocumentVerification(SignatureVerifier verifier, FileStorage files, List<IssuedDocuments> issuers) {
		this.verifier = verifier;
		this.files = files;
		this.issuers = issuers;
	}

	/**
	 * @param reference the reference printed on the document, or null
	 * @param pdf the file in hand, or null
	 * @throws InvalidRequestException when neither is given
	 * @throws NotFoundException when nothing verifiable was issued under the reference
	 */
	public Verification verify(@Nullable String reference, byte @Nullable [] pdf) {
		String normalized = reference == null || reference.isBlank() ? null
				: reference.strip().toUpperCase(Locale.ROOT);
		if (normalized == null) {
			if (pdf == null) {
				throw new InvalidRequestException("document-signature.verify.error.nothing");
			}
			return verifier.verify(pdf);
		}
		String issued = issuers.stream()
			.flatMap(issuer -> issuer.issuedSha256(normalized).stream())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("document-signature.verify.error.not-issued", normalized));
		byte[] checked = pdf != null ? pdf
				: files.read(issued).orElseThrow(() -> new NotFoundException("document-signature.verify.error.not-issued", normalized));
		return verifier.verify(checked, issued);
	}
}
