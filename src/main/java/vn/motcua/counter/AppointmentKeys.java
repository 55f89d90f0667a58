package vn.motcua.counter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.motcua.shared.SubmissionKeys;

/**
 * The appointment's key (khóa lịch hẹn; decision 0037): the secret that the confirmation page's link and
 * the notices' links carry, without which nobody reads or cancels an appointment. It is derived from the
 * code under the installation's secret (the submission keys' HMAC, decision 0029) rather than drawn and
 * stored: the booking notice, the reminder the day before and a booking sent again all give the same
 * key, and the database holds nothing that opens an appointment.
 */
@Component
class AppointmentKeys {

	/** 96 bits, 16 characters in a link that has to fit a text message. */
	private static final int BYTES = 12;
	private static final String PURPOSE = "appointment-key";

	private final SubmissionKeys keys;

	AppointmentKeys(SubmissionKeys keys) {
		this.keys = keys;
	}

	/** The key of the appointment of that code: URL-safe letters, digits, '-' and '_'. */
	String of(String code) {
		byte[] digest = HexFormat.of().parseHex(keys.digest(List.of(PURPOSE, code)));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, BYTES));
	}

	/** Whether the key given is the appointment's, in a time that does not depend on how much of it is right. */
	boolean opens(String code, @Nullable String given) {
		byte[] expected = of(code).getBytes(StandardCharsets.US_ASCII);
		byte[] candidate = (given == null ? "" : given.strip()).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, candidate);
	}
}
