package vn.motcua.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * SHA-256 in lower-case hexadecimal: the form in which issued files, stored attachments, kiosk tokens
 * and a day's survey responses are recorded.
 */
public final class Sha256 {

	private Sha256() {
	}

	public static String of(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}

	/** SHA-256 of the parts, in order ({@link #joined}). */
	public static String ofParts(List<@Nullable Object> parts) {
		return of(joined(parts));
	}

	/**
	 * The parts, in order, as one text: each with its length, so that no two different lists join into
	 * the same text; a file's content ({@code byte[]}) by its own SHA-256, none as {@code -}.
	 */
	static String joined(List<@Nullable Object> parts) {
		StringBuilder joined = new StringBuilder();
		for (Object part : parts) {
			String text = part == null ? "-" : part instanceof byte[] bytes ? of(bytes) : part.toString();
			joined.append(text.length()).append(':').append(text).append('\n');
		}
		return joined.toString();
	}
}
