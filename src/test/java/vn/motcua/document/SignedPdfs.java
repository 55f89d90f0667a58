package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import vn.motcua.document.internal.AgencyKey;
import vn.motcua.document.internal.CadesSignatures;

/** Fixtures: signed PDFs, and the two ways of changing one after signing. */
final class SignedPdfs {

	private SignedPdfs() {
	}

	/** The demo's home agency, whose key signs unless a test names another. */
	static final String HOME_AGENCY = "000.00.31.H55";

	static SignatureRequest anApproval() {
		return SignatureRequest.invisible("Sở Công Thương", "Phê duyệt kết quả giải quyết hồ sơ", "Khánh Hòa");
	}

	/**
	 * Signed as results were until December 2026: the same PAdES signature in a room of {@code room}
	 * bytes, the CMS followed by zeros up to its end, as issued results in the archives are.
	 */
	static byte[] signedWithRoomToSpare(byte[] pdf, AgencyKey key, int room) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); var options = new SignatureOptions();
				var signed = new ByteArrayOutputStream()) {
			options.setPreferredSignatureSize(room);
			var signature = new PDSignature();
			signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
			signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
			signature.setName("Sở Công Thương");
			signature.setSignDate(Calendar.getInstance());
			document.addSignature(signature, options);
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
			external.setSignature(CadesSignatures.sign(external.getContent(), key));
			return signed.toByteArray();
		}
	}

	/**
	 * A copy with one byte changed inside the first signed range: a byte of the binary comment on
	 * the file's second line, which no reader interprets, so the file still opens as before.
	 */
	static byte[] withOneByteChanged(byte[] pdf) {
		byte[] copy = pdf.clone();
		int secondLine = indexOf(copy, (byte) '\n') + 1;
		copy[secondLine + 2] ^= 0x01;
		return copy;
	}

	/** The signed file with an incremental update appended, as an editor that keeps the signature writes it. */
	static byte[] withAnIncrementalUpdate(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf); var out = new ByteArrayOutputStream()) {
			PDDocumentInformation information = document.getDocumentInformation();
			information.setTitle("Đã sửa sau khi ký");
			information.getCOSObject().setNeedToBeUpdated(true);
			document.saveIncremental(out);
			return out.toByteArray();
		}
	}

	private static int indexOf(byte[] content, byte wanted) {
		for (int i = 0; i < content.length; i++) {
			if (content[i] == wanted) {
				return i;
			}
		}
		throw new IllegalArgumentException("Not found");
	}
}
