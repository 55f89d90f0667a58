package vn.motcua.petition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The petitioner's reading key (khóa xem trả lời): a random secret issued with the answer and carried
 * by the link of the notice of it, so that whoever received the notice, the petitioner, reads the
 * answer. It replaces the comparison of the contact written in the petition where that comparison
 * would be an oracle on a secret identity (a denunciation). Only its hash is stored: the key is a
 * password to one answer, and a copy of the database must not open the answers.
 */
final class ReadingKey {

	/**
	 * 96 bits: beyond guessing through the rate-limited look-up (and, with a plain hash, beyond a search
	 * of the stored hashes), and 16 characters in a link that has to fit one text message.
	 */
	private static final int BYTES = 12;
	private static final SecureRandom RANDOM = new SecureRandom();

	private ReadingKey() {
	}

	/** A new key, URL-safe (letters, digits, '-' and '_', all in the GSM alphabet of a text message). */
	static String issue() {
		byte[] key = new byte[BYTES];
		RANDOM.nextBytes(key);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
	}

	/**
	 * What is stored of a key: its SHA-256 in hex. A slow password hash is not needed, the key being
	 * random and long rather than chosen by a person.
	 */
	static String hash(String key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}

	/**
	 * Whether the given key is the one whose hash is stored, in a time that does not depend on how much
	 * of it is right: the hashes are compared with {@link MessageDigest#isEqual}, and a missing key is
	 * hashed all the same.
	 */
	static boolean opens(@Nullable String given, @Nullable String storedHash) {
		byte[] candidate = hash(given == null ? "" : given.strip()).getBytes(StandardCharsets.US_ASCII);
		return storedHash != null && MessageDigest.isEqual(candidate, storedHash.getBytes(StandardCharsets.US_ASCII));
	}
}
