package vn.motcua.document;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the agency's digital signature ({@code motcua.document.signing.*}).
 *
 * @param keystore the PKCS#12 file holding the agency's private key and certificate chain
 * @param password the password of the keystore and of its key
 * @param alias the alias of the agency's key in the keystore
 * @param createDevelopmentKeystore whether a missing keystore is replaced by a new self-signed
 *        development one (the embedded default); in production it is false and a missing keystore
 *        stops the signing with an error
 * @param verificationMaxSize the largest PDF the public verification page and API accept
 */
@ConfigurationProperties("motcua.document.signing")
public record SigningProperties(Path keystore, String password, String alias,
		@DefaultValue("false") boolean createDevelopmentKeystore,
		@DefaultValue("8MB") DataSize verificationMaxSize) {
}
