package vn.motcua.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in lower-case hexadecimal: the form in which issued files, stored attachments, kiosk tokens
 * and submissions are recorded.
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
}
