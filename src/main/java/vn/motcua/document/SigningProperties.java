package vn.motcua.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the agencies' digital signatures ({@code motcua.document.signing.*}).
 *
 * @param keystore the PKCS#12 file holding the home agency's private key and certificate chain
 * @param agencyKeystores the folder of the other agencies' PKCS#12 files, each named by its agency's code
 *        ({@code 000.00.21.H55.p12}), with the same password and alias
 * @param password the password of the keystore and of its key
 * @param alias the alias of the agency's key in the keystore
 * @param createDevelopmentKeystore whether a missing keystore is replaced by a new self-signed
 *        development one (the embedded default); in production it is false and a missing keystore
 *        stops the signing with an error
 * @param verificationMaxSize the largest PDF the public verification page and API accept
 */
@ConfigurationProperties("motcua.document.signing")
public record SigningProperties(Path keystore, Path agencyKeystores, String password, String alias,
		@DefaultValue("false") boolean createDevelopmentKeystore,
		@DefaultValue("8MB") DataSize verificationMaxSize) {
}
