package vn.motcua.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret of the submission keys' digests (decision 0029): the one configured, or else the one in
 * the secret file, which the first start writes with a new random secret, readable by its owner alone.
 * Every instance, and every start, must digest with the same secret, or a retry would not be recognised.
 */
final class SubmissionKeySecret {

	/** 32 characters: a secret of 24 random bytes or more, in Base64 as {@code openssl rand -base64 32} writes it. */
	static final int MIN_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(SubmissionKeySecret.class);

	private SubmissionKeySecret() {
	}

	/** The secret's bytes; the file's, written first if it is missing. */
	static byte[] of(SubmissionKeys.Settings settings) {
		String configured = settings.secret();
		if (configured != null && !configured.isBlank()) {
			return checked(configured.strip(), "motcua.submission-keys.secret (MOTCUA_SUBMISSION_KEY_SECRET)");
		}
		Path file = settings.secretFile().toAbsolutePath();
		try {
			if (!Files.exists(file) && createUnlessPresent(file)) {
				log.info("Wrote a new secret for the submission keys' digests to {}: keep it out of the database's "
						+ "backups, and give every instance the same one (docs/operations.md)", file);
			}
			return checked(Files.readString(file, StandardCharsets.UTF_8).strip(), file.toString());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or write the submission keys' secret " + file, e);
		}
	}

	private static byte[] checked(String secret, String source) {
		if (secret.length() < MIN_LENGTH) {
			throw new IllegalStateException("The submission keys' secret in " + source + " has fewer than "
					+ MIN_LENGTH + " characters");
		}
		return secret.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Writes a new secret to a file of its own, then links it under the secret's name, which fails when the
	 * name exists (the link shares the draft's owner-only permissions): of two instances starting at once on one data folder, both end up with the first's secret.
	 *
	 * @return whether this call created the file
	 */
	private static boolean createUnlessPresent(Path file) throws IOException {
		Path folder = file.getParent();
		Files.createDirectories(folder);
		// a temporary file is readable by its owner alone (rw-------) where the file system has permissions
		Path draft = Files.createTempFile(folder, "secret", ".tmp");
		try {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			Files.writeString(draft, Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
			Files.createLink(file, draft);
			return true;
		}
		catch (FileAlreadyExistsException anotherInstanceWroteIt) {
			return false;
		}
		finally {
			Files.deleteIfExists(draft);
		}
	}
}
