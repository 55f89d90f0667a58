package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS signatures as PAdES baseline B wants them (ETSI EN 319 142-1): SHA-256, the
 * signing-certificate-v2 attribute binding the signer's certificate, and no CMS signing-time
 * attribute (the time is the PDF signature's own /M entry).
 */
public final class CadesSignatures {

	private static final String ALGORITHM = "SHA256withRSA";

	private CadesSignatures() {
	}

	/** The DER-encoded CMS SignedData over {@code content}, without the content itself. */
	public static byte[] sign(InputStream content, AgencyKey key) throws IOException {
		try {
			ContentSigner signer = new JcaContentSignerBuilder(ALGORITHM).build(key.privateKey());
			return signedData(signer, key, content.readAllBytes());
		}
		catch (OperatorCreationException e) {
			throw new IllegalStateException("Cannot sign with the agency's key", e);
		}
	}

	/**
	 * The length of what {@link #sign} returns for this key, whatever the content: the room a PDF
	 * reserves for the signature before the signed bytes are known. An RSA signature (PKCS #1 v1.5)
	 * is always as long as the key's modulus, and the rest (the chain, the attributes with their
	 * fixed-length digests) depends on the key alone; so a CMS built the same way around a blank
	 * signature of that length is exactly as long, without a private-key operation.
	 */
	public static int encodedLength(AgencyKey key) {
		int signatureLength = (((RSAPublicKey) key.certificate().getPublicKey()).getModulus().bitLength() + 7) / 8;
		return signedData(new BlankSigner(signatureLength), key, new byte[0]).length;
	}

	private static byte[] signedData(ContentSigner signer, AgencyKey key, byte[] content) {
		try {
			var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(padesAttributes(key.certificate()))
				.build(signer, key.certificate());
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signerInfo);
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException | IOException e) {
			throw new IllegalStateException("Cannot sign with the agency's key", e);
		}
	}

	/** Signs nothing: stands in for the key where only the CMS's length is wanted. */
	private record BlankSigner(int signatureLength) implements ContentSigner {

		@Override
		public AlgorithmIdentifier getAlgorithmIdentifier() {
			return new DefaultSignatureAlgorithmIdentifierFinder().find(ALGORITHM);
		}

		@Override
		public OutputStream getOutputStream() {
			return OutputStream.nullOutputStream();
		}

		@Override
		public byte[] getSignature() {
			return new byte[signatureLength];
		}
	}

	private static CMSAttributeTableGenerator padesAttributes(X509Certificate certificate)
			throws GeneralSecurityException {
		var defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificateV2(certificate)));
		return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
	}

	private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		var issuer = new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded())));
		var id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
				new IssuerSerial(issuer, certificate.getSerialNumber()));
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id })));
	}
}
