package vn.motcua.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * The result of verifying a PDF's signatures.
 *
 * @param sha256 the SHA-256 of the file checked, in lower-case hexadecimal
 * @param signatures every signature found, in the order of the file
 * @param matchesIssuedFile whether the file is exactly the one issued (its SHA-256 was given), or
 *        null if no issued file was named
 */
public record Verification(String sha256, List<SignatureCheck> signatures, @Nullable Boolean matchesIssuedFile) {

	public Verification {
		signatures = List.copyOf(signatures);
	}

	/**
	 * At least one signature, every one valid, and the last one covering the whole file (an earlier
	 * signature never covers the later ones).
	 */
	@JsonProperty("intact")
	public boolean intact() {
		return !signatures.isEmpty() && signatures.stream().allMatch(SignatureCheck::valid)
				&& signatures.get(signatures.size() - 1).coversWholeDocument();
	}
}
