package vn.motcua.petition;

import org.jspecify.annotations.Nullable;

/**
 * Who sent a petition. For a denunciation this is the secret identity: only the assigned handler
 * and the agency leader read it, and each read is audited.
 */
public record Petitioner(@Nullable String name, @Nullable String address, @Nullable String phone,
		@Nullable String email) {

	static final Petitioner NONE = new Petitioner(null, null, null, null);

	/**
	 * Whether the contact is the e-mail address (in any case) or the phone number (its digits, +84 as
	 * 0) this petitioner gave: what the notice of the answer went to, so what the petitioner knows.
	 */
	boolean reachedAt(String contact) {
		String given = contact.strip();
		if (email != null && email.equalsIgnoreCase(given)) {
			return true;
		}
		String digits = nationalDigits(given);
		return phone != null && digits.length() >= 8 && digits.equals(nationalDigits(phone));
	}

	private static String nationalDigits(String phone) {
		String digits = phone.replaceAll("\\D", "");
		return phone.strip().startsWith("+84") ? "0" + digits.substring(2) : digits;
	}
}
