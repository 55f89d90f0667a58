package vn.motcua.shared;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys submissions were sent with, so that a submission sent again gets the record of the first
 * (a petition, a dossier registered at the counter). A key is unique in its scope: of two submissions
 * with one key at the same moment, the later's {@link #record} fails with a duplicate key, and its
 * transaction with it; the caller then finds the earlier's record. What was sent is kept as a digest
 * under the installation's secret, so that the table cannot be checked against guesses of it.
 */
@Component
@EnableConfigurationProperties(SubmissionKeys.Settings.class)
public class SubmissionKeys {

	public static final int MAX_LENGTH = 100;

	/**
	 * {@code motcua.submission-keys.*}: the secret of the digests, or (none configured) the file that holds
	 * it, written on the first start (decision 0029).
	 */
	@ConfigurationProperties("motcua.submission-keys")
	public record Settings(@Nullable String secret, @DefaultValue("data/keys/submission-key.secret") Path secretFile) {
	}

	/**
	 * What keys recorded before the digests had a secret hold instead of one (V1.5 removed their plain
	 * SHA-256): their content unknown, they give their record to whatever is sent again with them.
	 */
	static final String UNKEYED = "unkeyed";

	private static final String ALGORITHM = "HmacSHA256";

	/** What a key was used for: the digest of what was sent, and the record it made. */
	public record Use(String digest, String recordCode) {

		/**
		 * The record's code, when the key is sent again with the same content.
		 *
		 * @throws InvalidRequestException when the key was used for other content
		 */
		public String codeFor(String sentDigest) {
			if (!digest.equals(sentDigest) && !digest.equals(UNKEYED)) {
				throw new InvalidRequestException("submission-key.reused");
			}
			return recordCode;
		}
	}

	private final JdbcClient jdbc;
	private final SecretKeySpec secret;

	@Autowired
	SubmissionKeys(JdbcClient jdbc, Settings settings) {
		this(jdbc, SubmissionKeySecret.of(settings));
	}

	/** With this secret: another installation's, in a test. */
	SubmissionKeys(JdbcClient jdbc, byte[] secret) {
		this.jdbc = jdbc;
		this.secret = new SecretKeySpec(secret, ALGORITHM);
	}

	/** @throws InvalidRequestException when the key is blank or too long */
	public static String checked(String key) {
		if (key.isBlank() || key.length() > MAX_LENGTH) {
			throw new InvalidRequestException("submission-key.invalid", MAX_LENGTH);
		}
		return key;
	}

	public Optional<Use> find(String scope, String key) {
		return jdbc.sql("SELECT digest, record_code FROM submission_key WHERE scope = ? AND submission_key = ?")
			.params(scope, key)
			.query((rs, row) -> new Use(rs.getString("digest"), rs.getString("record_code")))
			.optional();
	}

	/** Records the key in the caller's transaction, with the record it made. */
	public void record(String scope, String key, String digest, String recordCode, Instant now) {
		jdbc.sql("INSERT INTO submission_key (scope, submission_key, digest, record_code, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(scope, key, digest, recordCode, now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Deletes up to limit keys recorded before the cutoff, in the caller's transaction; how many. */
	int deleteCreatedBefore(Instant cutoff, int limit) {
		return jdbc.sql("""
				DELETE FROM submission_key WHERE (scope, submission_key) IN (
				    SELECT scope, submission_key FROM submission_key WHERE created_at < ? FETCH FIRST ? ROWS ONLY)""")
			.params(cutoff.atOffset(ZoneOffset.UTC), limit)
			.update();
	}

	/**
	 * HMAC-SHA256 of the parts sent, in order ({@link Sha256#joined}: a file's content by its own SHA-256),
	 * under the secret: without it, a digest cannot be told from one of other content, however few the
	 * contents that could have been sent (a questionnaire of choices, a petition's name and phone number).
	 */
	public String digest(List<@Nullable Object> parts) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(secret);
			return HexFormat.of().formatHex(mac.doFinal(Sha256.joined(parts).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Every Java runtime has " + ALGORITHM, e);
		}
	}
}
