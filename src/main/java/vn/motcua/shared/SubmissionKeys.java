package vn.motcua.shared;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys submissions were sent with, so that a submission sent again gets the record of the first
 * (a petition, a dossier registered at the counter). A key is unique in its scope: of two submissions
 * with one key at the same moment, the later's {@link #record} fails with a duplicate key, and its
 * transaction with it; the caller then finds the earlier's record.
 */
@Component
public class SubmissionKeys {

	public static final int MAX_LENGTH = 100;

	/** What a key was used for: the digest of what was sent, and the record it made. */
	public record Use(String digest, String recordCode) {

		/**
		 * The record's code, when the key is sent again with the same content.
		 *
		 * @throws InvalidRequestException when the key was used for other content
		 */
		public String codeFor(String sentDigest) {
			if (!digest.equals(sentDigest)) {
				throw new InvalidRequestException("submission-key.reused");
			}
			return recordCode;
		}
	}

	private final JdbcClient jdbc;

	SubmissionKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	/** SHA-256 of the parts sent, in order; a file's content ({@code byte[]}) by its own SHA-256. */
	public static String digest(List<@Nullable Object> parts) {
		StringBuilder sent = new StringBuilder();
		for (Object part : parts) {
			String text = part == null ? "-" : part instanceof byte[] bytes ? Sha256.of(bytes) : part.toString();
			// each part with its length, so that no two different submissions join into the same text
			sent.append(text.length()).append(':').append(text).append('\n');
		}
		return Sha256.of(sent.toString());
	}
}
