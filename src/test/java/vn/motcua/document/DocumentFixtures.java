package vn.motcua.document;

/** Fixtures for tests outside this package: a signed receipt slip, and a tampered copy of one. */
public final class DocumentFixtures {

	private final PdfRenderer renderer;
	private final ResultSigner signer;

	public DocumentFixtures(PdfRenderer renderer, ResultSigner signer) {
		this.renderer = renderer;
		this.signer = signer;
	}

	public SignedPdf aSignedSlip() {
		return signer.sign(DossierSlips.aReceiptSlip(renderer), SignedPdfs.HOME_AGENCY, SignedPdfs.anApproval());
	}

	/** A signed slip with one byte changed inside its signed range. */
	public byte[] aTamperedSlip() {
		return SignedPdfs.withOneByteChanged(aSignedSlip().content());
	}
}
