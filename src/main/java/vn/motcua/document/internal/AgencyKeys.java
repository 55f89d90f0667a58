package vn.motcua.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.motcua.document.SigningProperties;
import vn.motcua.organization.Agency;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.InvalidRequestException;

/**
 * The signing keys of the province's agencies, each read once from its PKCS#12 keystore: the home
 * agency's from {@code motcua.document.signing.keystore}, every other agency's from
 * {@code <agency-keystores>/<agency code>.p12}. A result is the deciding agency's document, so it is
 * signed with that agency's certificate, never with another agency's. Read on first use, not at start:
 * an agency (whose name a development certificate carries) may be created after the application starts.
 */
@Component
@EnableConfigurationProperties(SigningProperties.class)
public class AgencyKeys {

	private static final Logger log = LoggerFactory.getLogger(AgencyKeys.class);

	/** Agency codes as the organization module accepts them; anything else must not become a path. */
	private static final Pattern FILE_SAFE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	private static final String KEYSTORE_SUFFIX = ".p12";

	private final SigningProperties properties;
	private final OrganizationManagement organization;
	private final Clock clock;
	private final Map<Path, AgencyKey> loaded = new ConcurrentHashMap<>();

	AgencyKeys(SigningProperties properties, OrganizationManagement organization, Clock clock) {
		this.properties = properties;
		this.organization = organization;
		this.clock = clock;
	}

	/**
	 * The key and certificate chain that sign for the agency with that code.
	 *
	 * @throws InvalidRequestException when the agency's keystore is not installed (and the embedded
	 *         default's development keystores are off): the officer is told, the operator's log names the file
	 */
	public AgencyKey keyOf(String agencyCode) {
		Path file = keystoreOf(agencyCode);
		return loaded.computeIfAbsent(file, keystore -> load(present(keystore, agencyCode)));
	}

	/**
	 * The certificates whose signatures we trust: the home agency's and every installed agency's
	 * certificate with its issuers. A result verified later may have been signed by any of them.
	 */
	public List<X509Certificate> trustAnchors() {
		List<X509Certificate> anchors = new ArrayList<>(homeKey().chain());
		for (Path file : installedAgencyKeystores()) {
			anchors.addAll(loaded.computeIfAbsent(file, this::load).chain());
		}
		return anchors;
	}

	private AgencyKey homeKey() {
		return organization.homeAgency().map(agency -> keyOf(agency.code()))
			.orElseGet(() -> loaded.computeIfAbsent(properties.keystore(), keystore -> load(present(keystore, null))));
	}

	private Path keystoreOf(String agencyCode) {
		if (organization.homeAgency().map(Agency::code).filter(agencyCode::equals).isPresent()) {
			return properties.keystore();
		}
		if (!FILE_SAFE_CODE.matcher(agencyCode).matches()) {
			throw new IllegalArgumentException("Not an agency code: " + agencyCode);
		}
		return properties.agencyKeystores().resolve(agencyCode + KEYSTORE_SUFFIX);
	}

	private List<Path> installedAgencyKeystores() {
		Path directory = properties.agencyKeystores();
		if (!Files.isDirectory(directory)) {
			return List.of();
		}
		List<Path> keystores = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + KEYSTORE_SUFFIX)) {
			files.forEach(keystores::add);
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot list the agencies' keystores in " + directory.toAbsolutePath(), e);
		}
		return keystores;
	}

	/** The keystore file, created as a development keystore where that is allowed and it is missing. */
	private Path present(Path file, @Nullable String agencyCode) {
		if (Files.exists(file)) {
			return file;
		}
		String agencyName = (agencyCode == null ? organization.homeAgency() : organization.agencyByCode(agencyCode))
			.map(Agency::name).orElse("MotCua");
		if (!properties.createDevelopmentKeystore()) {
			log.error("No signing keystore for {} at {}: install the agency's certificate there as PKCS#12 with the "
					+ "password and alias of motcua.document.signing.password and .alias (the home agency's: "
					+ "motcua.document.signing.keystore; the others': motcua.document.signing.agency-keystores)",
					agencyName, file.toAbsolutePath());
			throw new InvalidRequestException("document-signature.key.missing", agencyName);
		}
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
