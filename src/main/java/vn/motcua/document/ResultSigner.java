package vn.motcua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.springframework.stereotype.Component;

import vn.motcua.document.internal.AgencyKey;
import vn.motcua.document.internal.AgencyKeys;
import vn.motcua.document.internal.CadesSignatures;
import vn.motcua.document.internal.SignatureAppearance;
import vn.motcua.shared.Sha256;

/**
 * Signs PDFs with the issuing agency's key as PAdES (an {@code ETSI.CAdES.detached} signature added in an
 * incremental update), visible or not, at the time of the injected clock. Returns the signed file
 * with its SHA-256, which the issuing module records to recognize the issued file later.
 */
@Component
public class ResultSigner {

	private final AgencyKeys keys;
	private final Clock clock;

	ResultSigner(AgencyKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	/**
	 * @param pdf the document to sign
	 * @param agencyCode the code of the agency whose document it is, and whose key signs it
	 * @param request the signer's name, reason, location and, for a visible signature, its box
	 * @return the signed document and its SHA-256
	 */
	public SignedPdf sign(byte[] pdf, String agencyCode, SignatureRequest request) {
		var signed = new ByteArrayOutputStream();
		AgencyKey key = keys.keyOf(agencyCode);
		try (PDDocument document = Loader.loadPDF(pdf); var options = new SignatureOptions()) {
			// the room for the CMS goes into the file as hex digits, used or not: make it exactly the CMS's
			// length, or every signed result carries kilobytes of zeros to each applicant's phone
			options.setPreferredSignatureSize(CadesSignatures.encodedLength(key));
			if (request.appearance() != null) {
				options.setVisualSignature(SignatureAppearance.template(document, request.appearance()));
				options.setPage(request.appearance().page() - 1);
			}
			document.addSignature(dictionary(request), options);
			ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
			external.setSignature(CadesSignatures.sign(external.getContent(), key));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot sign the PDF", e);
		}
		byte[] content = signed.toByteArray();
		return new SignedPdf(content, Sha256.of(content));
	}

	private PDSignature dictionary(SignatureRequest request) {
		var signature = new PDSignature();
		signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
		signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
		signature.setName(request.signerName());
		signature.setReason(request.reason());
		signature.setLocation(request.location());
		signature.setSignDate(GregorianCalendar.from(ZonedDateTime.now(clock)));
		return signature;
	}
}
