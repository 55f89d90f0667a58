package vn.motcua.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates the development keystore of the embedded default: a new key and a self-signed
 * certificate in the home agency's name, plainly marked as not for production. It never replaces
 * an existing keystore, not even one that another instance wrote at the same moment.
 */
public final class DevelopmentKeystore {

	/** The organization named in every development certificate, so that no one mistakes it for a real one. */
	public static final String ORGANIZATION = "MotCua development certificate — not for production";

	private static final Duration VALIDITY = Duration.ofDays(3650);

	private DevelopmentKeystore() {
	}

	/** @return true if this call created the keystore, false if one was already there */
	public static boolean createUnlessPresent(Path file, String password, String alias, String agencyName,
			Clock clock) {
		if (Files.exists(file)) {
			return false;
		}
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), "keystore", ".tmp");
			try {
				Files.write(draft, keystore(password, alias, agencyName, clock));
				// an atomic move without replacing: if another instance won the race, its keystore stays
				Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
				return true;
			}
			catch (FileAlreadyExistsException e) {
				return false;
			}
			finally {
				Files.deleteIfExists(draft);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create the development keystore " + file, e);
		}
	}

	private static byte[] keystore(String password, String alias, String agencyName, Clock clock) throws IOException {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(3072);
			KeyPair pair = generator.generateKeyPair();
			KeyStore keystore = KeyStore.getInstance("PKCS12");
			keystore.load(null, null);
			keystore.setKeyEntry(alias, pair.getPrivate(), password.toCharArray(),
					new Certificate[] { selfSigned(pair, agencyName, clock.instant()) });
			var out = new ByteArrayOutputStream();
			keystore.store(out, password.toCharArray());
			return out.toByteArray();
		}
		catch (GeneralSecurityException | OperatorCreationException e) {
			throw new IllegalStateException("Cannot create a development signing key", e);
		}
	}

	private static X509Certificate selfSigned(KeyPair pair, String agencyName, Instant now)
			throws CertIOException, OperatorCreationException, GeneralSecurityException {
		X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, agencyName)
			.addRDN(BCStyle.O, ORGANIZATION)
			.addRDN(BCStyle.C, "VN")
			.build();
		var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(128, new SecureRandom()),
				Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
		builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
		builder.addExtension(Extension.keyUsage, true,
				new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
		var signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
		return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
	}
}
