package vn.motcua.document.internal;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The agency's signing key and its certificate chain, the agency's own certificate first.
 *
 * @param privateKey the key that signs
 * @param chain the agency's certificate, then the certificates of its issuers
 */
public record AgencyKey(PrivateKey privateKey, List<X509Certificate> chain) {

	public AgencyKey {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("A signing key needs its certificate");
		}
		chain = List.copyOf(chain);
	}

	public X509Certificate certificate() {
		return chain.get(0);
	}
}
