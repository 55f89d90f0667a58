package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.document.SigningProperties;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;

/**
 * The agency's signing key, read once from the configured PKCS#12 keystore. Read on first use, not
 * at start: the home agency (whose name a development certificate carries) may be created after
 * the application starts.
 */
@Component
@EnableConfigurationProperties(SigningProperties.class)
public class AgencyKeys {

	private static final Logger log = LoggerFactory.getLogger(AgencyKeys.class);

	private final SigningProperties properties;
	private final OrganizationManagement organization;
	private final Clock clock;
	private @Nullable AgencyKey key;

	AgencyKeys(SigningProperties properties, OrganizationManagement organization, Clock clock) {
		this.properties = properties;
		this.organization = organization;
		this.clock = clock;
	}

	/** The agency's key and certificate chain. */
	public synchronized AgencyKey agencyKey() {
		if (key == null) {
			key = load(keystoreFile());
		}
		return key;
	}

	/** The certificates whose signatures we trust: the agency's certificate and its issuers. */
	public List<X509Certificate> trustAnchors() {
		return agencyKey().chain();
	}

	private Path keystoreFile() {
		Path file = properties.keystore();
		if (Files.exists(file)) {
			return file;
		}
		if (!properties.createDevelopmentKeystore()) {
			throw new IllegalStateException("The signing keystore " + file.toAbsolutePath()
					+ " does not exist: install the agency's certificate there (motcua.document.signing.keystore)");
		}
		String agencyName = organization.homeAgency().map(Agency::name).orElse("MotCua");
		if (DevelopmentKeystore.createUnlessPresent(file, properties.password(), properties.alias(), agencyName, clock)) {
			log.warn("Created a DEVELOPMENT signing keystore {} with a self-signed certificate for \"{}\". "
					+ "Documents signed with it are not legally valid: install the agency's real certificate "
					+ "for production (docs/decisions/0009-pdf-and-signatures.md)", file.toAbsolutePath(), agencyName);
		}
		return file;
	}

	private AgencyKey load(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore keystore = KeyStore.getInstance("PKCS12");
			keystore.load(in, properties.password().toCharArray());
			if (!(keystore.getKey(properties.alias(), properties.password().toCharArray()) instanceof PrivateKey privateKey)) {
				throw new IllegalStateException("The keystore " + file + " holds no private key named " + properties.alias());
			}
			Certificate[] chain = keystore.getCertificateChain(properties.alias());
			return new AgencyKey(privateKey, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
		}
		catch (IOException | GeneralSecurityException e) {
			throw new IllegalStateException("Cannot read the signing keystore " + file.toAbsolutePath(), e);
		}
	}
}
