package vn.motcua.document;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.document.internal.AgencyKeys;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.Sha256;

/**
 * Verifies the signatures in a PDF on its own: each signature's CMS over its byte range, whether
 * that range is the whole file, and whether the signer's certificate is the agency's (or issued by
 * it). A caller that knows the issued file's SHA-256 also learns whether this is that very file.
 */
@Component
public class SignatureVerifier {

	private final AgencyKeys keys;

	SignatureVerifier(AgencyKeys keys) {
		this.keys = keys;
	}

	/** Verifies every signature of the PDF; refuses ({@link InvalidRequestException}) a file that is not a readable PDF. */
	public Verification verify(byte[] pdf) {
		return new Verification(Sha256.of(pdf), checks(pdf), null);
	}

	/** Also tells whether the PDF is exactly the issued file whose SHA-256 (hexadecimal) is given. */
	public Verification verify(byte[] pdf, String issuedSha256) {
		String sha256 = Sha256.of(pdf);
		return new Verification(sha256, checks(pdf), sha256.equals(issuedSha256.strip().toLowerCase(Locale.ROOT)));
	}

	private List<SignatureCheck> checks(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<SignatureCheck> checks = new ArrayList<>();
			for (PDSignature signature : document.getSignatureDictionaries()) {
				checks.add(check(signature, pdf));
			}
			return checks;
		}
		catch (IOException e) {
			throw new InvalidRequestException("document-signature.verify.error.unreadable");
		}
	}

	private SignatureCheck check(PDSignature signature, byte[] pdf) {
		boolean whole = coversWholeDocument(signature.getByteRange(), pdf);
		Optional<SignerCertificate> signer = signerCertificate(signature, pdf);
		boolean valid = signer.map(SignerCertificate::signatureChecks).orElse(false);
		Instant signingTime = Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant).orElse(null);
		return new SignatureCheck(valid, signer.map(SignerCertificate::subject).orElse(null), signature.getName(),
				signingTime, signature.getReason(), signature.getLocation(), signature.getSubFilter(), whole,
				signer.map(certificate -> trusted(certificate.certificate(), signingTime)).orElse(false),
				DocumentIntegrity.of(valid, whole));
	}

	/** The range leaves out exactly the /Contents hex string, from the file's first byte to its last. */
	static boolean coversWholeDocument(int[] range, byte[] pdf) {
		if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[2] > pdf.length) {
			return false;
		}
		return (long) range[2] + range[3] == pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
	}

	private static Optional<SignerCertificate> signerCertificate(PDSignature signature, byte[] pdf) {
		try {
			var cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)),
					contentInfo(signature.getContents(pdf)));
			SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
			Optional<X509CertificateHolder> named = cms.getCertificates().getMatches(null).stream()
				.filter(signer.getSID()::match)
				.findFirst();
			if (named.isEmpty()) {
				return Optional.empty();
			}
			X509CertificateHolder holder = named.get();
			X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
			return Optional.of(new SignerCertificate(certificate, holder.getSubject(), verifies(signer, certificate)));
		}
		catch (IOException | CMSException | GeneralSecurityException | RuntimeException e) {
			// a damaged or foreign structure is an invalid signature, not an error of the verifier
			return Optional.empty();
		}
	}

	/** The CMS structure without the zeros that pad the space reserved for it in the file. */
	static ContentInfo contentInfo(byte[] contents) throws IOException {
		try (var in = new ASN1InputStream(contents)) {
			return ContentInfo.getInstance(in.readObject());
		}
	}

	private static boolean verifies(SignerInformation signer, X509Certificate certificate) {
		try {
			return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (CMSException | OperatorCreationException e) {
			return false;
		}
	}

	private boolean trusted(X509Certificate certificate, @Nullable Instant signingTime) {
		if (signingTime == null || !validAt(certificate, signingTime)) {
			return false;
		}
		return keys.trustAnchors().stream().anyMatch(anchor -> anchor.equals(certificate) || issuedBy(certificate, anchor));
	}

	private static boolean validAt(X509Certificate certificate, Instant time) {
		return !time.isBefore(certificate.getNotBefore().toInstant()) && !time.isAfter(certificate.getNotAfter().toInstant());
	}

	private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
		if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
			return false;
		}
		try {
			certificate.verify(issuer.getPublicKey());
			return true;
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	private record SignerCertificate(X509Certificate certificate, X500Name subjectName, boolean signatureChecks) {

		String subject() {
			return subjectName.toString();
		}
	}
}
