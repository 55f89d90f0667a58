package vn.motcua.petition;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.PersonalData;

/**
 * Who sent a petition. For a denunciation this is the secret identity: only the assigned handler
 * and the agency leader read it, and each read is audited.
 */
public record Petitioner(@Nullable String name, @Nullable String address, @Nullable String phone,
		@Nullable String email) {

	static final Petitioner NONE = new Petitioner(null, null, null, null);

	/**
	 * The petitioner as the People's Inspection Board reads them (decision 0031): the name, which its
	 * supervision of the handling needs; the phone and e-mail with their middle withheld
	 * ({@link PersonalData#maskContact}), enough to see that the agency had a way to answer; the address
	 * withheld whole.
	 */
	Petitioner withContactsMasked() {
		return new Petitioner(name, withheld(address, value -> PersonalData.WITHHELD),
				withheld(phone, PersonalData::maskContact), withheld(email, PersonalData::maskContact));
	}

	private static @Nullable String withheld(@Nullable String value, java.util.function.UnaryOperator<String> mask) {
		return value == null || value.isBlank() ? value : mask.apply(value);
	}

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
