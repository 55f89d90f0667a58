package vn.motcua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash of an audit entry: SHA-256, in lower-case hex, over a canonical encoding of every field
 * but the hash itself. Each field is a netstring ({@code <UTF-8 byte length>:<value>,}), so that no
 * two different entries encode alike (moving a character from one field to the next changes the
 * lengths). Instants are ISO-8601 in UTC. A version tag comes first, so that a future encoding can
 * live beside this one.
 */
final class ChainHash {

	static final String VERSION = "motcua-audit-v1";
	/**
	 * An entry of one agency's work: its agency's code is hashed too, after the summary, so that moving an
	 * entry out of a board's sight breaks the chain (decision 0051). An entry without one encodes as every
	 * entry did before, so the trail written before stays intact.
	 */
	static final String VERSION_WITH_AGENCY = "motcua-audit-v2";

	private ChainHash() {
	}

	static String of(AuditEntry entry) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(canonical(entry).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	static String canonical(AuditEntry entry) {
		String agency = entry.agencyCode();
		List<String> fields = new ArrayList<>(List.of(agency == null ? VERSION : VERSION_WITH_AGENCY,
				Long.toString(entry.sequence()), entry.id().toString(), iso(entry.occurredAt()), iso(entry.recordedAt()),
				entry.actor(), entry.action(), entry.recordType(), entry.recordId(), entry.summary()));
		if (agency != null) {
			fields.add(agency);
		}
		fields.add(entry.previousHash());
		var encoded = new StringBuilder();
		for (String field : fields) {
			encoded.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(',');
		}
		return encoded.toString();
	}

	private static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}
}
