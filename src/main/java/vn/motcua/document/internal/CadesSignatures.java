package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Detached CMS signatures as PAdES baseline B wants them (ETSI EN 319 142-1): SHA-256, the
 * signing-certificate-v2 attribute binding the signer's certificate, and no CMS signing-time
 * attribute (the time is the PDF signature's own /M entry).
 */
public final class CadesSignatures {

	private CadesSignatures() {
	}

	/** The DER-encoded CMS SignedData over {@code content}, without the content itself. */
	public static byte[] sign(InputStream content, AgencyKey key) throws IOException {
		try {
			var signer = new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey());
			var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(padesAttributes(key.certificate()))
				.build(signer, key.certificate());
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(signerInfo);
			generator.addCertificates(new JcaCertStore(key.chain()));
			return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
		}
		catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
			throw new IllegalStateException("Cannot sign with the agency's key", e);
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
