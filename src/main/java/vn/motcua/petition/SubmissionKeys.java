package vn.motcua.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The keys petitions were sent with, so that a submission sent again gets the petition of the first.
 * A key is unique: of two submissions with one key at the same moment, the later's insert fails and
 * its transaction with it.
 */
@Component
class SubmissionKeys {

	/** What a key was used for: the petition, and the digest of what was sent. */
	record Use(String digest, String petitionCode) {
	}

	private final JdbcClient jdbc;

	SubmissionKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Use> find(String key) {
		return jdbc.sql("SELECT digest, petition_code FROM petition_submission_key WHERE submission_key = ?")
			.param(key)
			.query((rs, row) -> new Use(rs.getString("digest"), rs.getString("petition_code")))
			.optional();
	}

	void record(String key, String digest, String petitionCode, Instant now) {
		jdbc.sql("INSERT INTO petition_submission_key (submission_key, digest, petition_code, created_at) VALUES (?, ?, ?, ?)")
			.params(key, digest, petitionCode, now.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** SHA-256 of everything sent, the attachment by its own SHA-256. */
	static String digest(PetitionSubmission submission) {
		MessageDigest sha256 = sha256();
		Stream.of(submission.kind().name(), submission.channel().name(), submission.title(), submission.content(),
				submission.concerning(), submission.name(), submission.address(), submission.phone(),
				submission.email(), submission.sectorCode(), submission.procedureCode(), submission.dossierCode(),
				text(submission.accountId()), text(submission.receptionRecordId()), submission.attachmentName(),
				submission.attachment() == null ? null : HexFormat.of().formatHex(sha256().digest(submission.attachment())))
			// each part with its length, so that no two different submissions join into the same text
			.map(part -> part == null ? "-" : part.length() + ":" + part)
			.forEach(part -> sha256.update((part + "\n").getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static @Nullable String text(@Nullable Object value) {
		return value == null ? null : value.toString();
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
