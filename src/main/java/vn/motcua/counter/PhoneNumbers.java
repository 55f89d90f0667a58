package vn.motcua.counter;

import java.util.regex.Pattern;

/** Phone numbers as a booker types them: checked loosely, compared by their digits alone. */
final class PhoneNumbers {

	/** A Vietnamese number, mobile or landline, with or without the country code, spaces or dots. */
	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .\\-]{7,18}[0-9]");

	private PhoneNumbers() {
	}

	static boolean isValid(String phone) {
		return PHONE.matcher(phone.strip()).matches();
	}

	/** The digits alone, +84 written as the leading 0 it stands for, so that 0905 123 456 is +84905123456. */
	static String digits(String phone) {
		String digits = phone.replaceAll("[^0-9]", "");
		return digits.startsWith("84") && phone.strip().startsWith("+") ? "0" + digits.substring(2) : digits;
	}
}
