package vn.motcua.notification;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Which contact details can receive a message, and how times read in each language. */
final class Recipients {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{8,15}$");
	private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
	private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("HH:mm, d MMMM yyyy", Locale.ENGLISH);

	private Recipients() {
	}

	static boolean isEmail(@Nullable String address) {
		return address != null && EMAIL.matcher(address.trim()).matches();
	}

	static boolean isPhone(@Nullable String number) {
		return number != null && PHONE.matcher(number.replaceAll("[\\s.-]", "")).matches();
	}

	/** As 07:30 ngày 08/12/2026 in Vietnamese or 07:30, 8 December 2026 in English (Vietnam's local time). */
	static String format(LocalDateTime time, String language) {
		return ("en".equals(language) ? ENGLISH : VIETNAMESE).format(time);
	}
}
