package vn.motcua.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The room a PDF reserves for the signature is computed before the signature exists: it must be
 * the signature's exact length for any content, for a self-signed key and for a CA's chain alike.
 */
@Tag("rule")
class CadesSignaturesTests {

	static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

	@Test
	void aSelfSignedKeysSignatureFillsItsRoomExactly() throws Exception {
		KeyPair agency = rsa(3072);
		var key = new AgencyKey(agency.getPrivate(),
				List.of(certificate("Sở Công Thương", agency.getPublic(), "Sở Công Thương", agency.getPrivate(), false)));

		assertThat(lengthsOfSignaturesOverContentsOf(key, 0, 1, 70_000)).containsOnly(CadesSignatures.encodedLength(key));
	}

	@Test
	void aSignatureWithTheCertificateChainOfACaFillsItsRoomExactly() throws Exception {
		KeyPair root = rsa(3072);
		KeyPair issuing = rsa(2048);
		KeyPair agency = rsa(2048);
		var key = new AgencyKey(agency.getPrivate(), List.of(
				certificate("Sở Công Thương", agency.getPublic(), "CA cấp cho thuê bao", issuing.getPrivate(), false),
				certificate("CA cấp cho thuê bao", issuing.getPublic(), "CA gốc", root.getPrivate(), true),
				certificate("CA gốc", root.getPublic(), "CA gốc", root.getPrivate(), true)));

		int room = CadesSignatures.encodedLength(key);

		assertThat(lengthsOfSignaturesOverContentsOf(key, 0, 1, 70_000)).containsOnly(room);
		byte[] signature = CadesSignatures.sign(new ByteArrayInputStream(new byte[10]), key);
		assertThat(new CMSSignedData(signature).getCertificates().getMatches(null)).hasSize(3);
	}

	static List<Integer> lengthsOfSignaturesOverContentsOf(AgencyKey key, int... lengths) throws IOException {
		var signed = new ArrayList<Integer>();
		for (int length : lengths) {
			signed.add(CadesSignatures.sign(new ByteArrayInputStream(new byte[length]), key).length);
		}
		return signed;
	}

	static KeyPair rsa(int bits) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(bits);
		return generator.generateKeyPair();
	}

	static X509Certificate certificate(String subject, PublicKey subjectKey, String issuer, PrivateKey issuerKey,
			boolean authority) throws Exception {
		var builder = new JcaX509v3CertificateBuilder(new X500Name("CN=" + issuer + ",C=VN"),
				BigInteger.valueOf(subject.hashCode() & 0xffff),
				Date.from(NOW.minus(Duration.ofDays(1))), Date.from(NOW.plus(Duration.ofDays(365))),
				new X500Name("CN=" + subject + ",C=VN"), subjectKey);
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
		var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}
}
