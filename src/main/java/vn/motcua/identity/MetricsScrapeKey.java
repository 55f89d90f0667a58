package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The key with which a metrics scraper reads {@code /actuator/prometheus} and nothing else (decision
 * 0050): {@code Authorization: Bearer <key>}, the form Prometheus sends from its {@code credentials_file}.
 * Without it, the scraper would need an installation administrator's password, which opens every
 * agency's administration to whoever reads the scraper's configuration. No key configured: none is taken.
 */
@Component
class MetricsScrapeKey implements AuthorizationManager<RequestAuthorizationContext> {

	/** As for the submission keys' secret: 24 random bytes or more, as {@code openssl rand -base64 32} writes them. */
	static final int MIN_LENGTH = 32;

	private static final String BEARER = "bearer ";

	/** The digest, not the key: comparing digests of equal length in constant time tells nothing of the key. */
	private final byte @Nullable [] digest;

	MetricsScrapeKey(@Value("${motcua.metrics.scrape-key:}") String key) {
		String configured = key.strip();
		if (!configured.isEmpty() && configured.length() < MIN_LENGTH) {
			throw new IllegalStateException("The metrics scrape key (motcua.metrics.scrape-key, MOTCUA_METRICS_SCRAPE_KEY) "
					+ "has fewer than " + MIN_LENGTH + " characters");
		}
		this.digest = configured.isEmpty() ? null : sha256(configured);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		return new AuthorizationDecision(isPresentedBy(context.getRequest()));
	}

	boolean isPresentedBy(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (digest == null || header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
			return false;
		}
		return MessageDigest.isEqual(digest, sha256(header.substring(BEARER.length()).strip()));
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}
}
