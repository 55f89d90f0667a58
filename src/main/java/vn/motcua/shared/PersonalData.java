package vn.motcua.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal data a citizen or an officer may type into a text that is then published (a question
 * on the public questions and answers page, a refusal or stop reason on the public status page): e-mail addresses, Vietnamese phone numbers (mobile and landline,
 * with or without +84, grouped by spaces, dots or hyphens) and citizen ID numbers (9 digits of the
 * old identity card, 12 of the citizen identity card). A number is one only when it stands alone: the
 * digits of a date (06/12/2026), a dossier code (000.00.31.H55-261206-0001), a procedure code
 * (1.013043.000.00.00.H55) or an amount (1.200.000 đồng, 150000000 đồng) are left as they are.
 */
public final class PersonalData {

	/** The message that stands for a piece of hidden data, in the reader's language: "[đã ẩn]". */
	public static final String HIDDEN = "personal-data.hidden";

	/** What stands for the withheld part of a contact ({@link #maskContact}), the same in every language. */
	public static final String WITHHELD = "***";
	/** The digits a masked number keeps at its start and at its end. */
	private static final int KEPT_BEFORE = 4;
	private static final int KEPT_AFTER = 3;

	/** Not inside a word, a code or a number: no letter, digit or joining mark just before. */
	private static final String ALONE_BEFORE = "(?<![\\p{L}\\p{N}.,/+-])";
	/** Not followed by a letter or digit, nor by a mark that joins more digits (a code, a decimal). */
	private static final String ALONE_AFTER = "(?![\\p{L}\\p{N}]|[.,/-]\\p{N})";

	private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");
	/** 0 or +84, then the 9 digits of a mobile or 10 of a landline, whole or in groups (0987 654 321, 024.3825.1234). */
	private static final Pattern PHONE = Pattern.compile(ALONE_BEFORE + "(?:\\+84[ .-]?|0)"
			+ "(?:\\d{9,10}|\\d{2,3}(?:[ .-]\\d{3,4}){2})" + ALONE_AFTER);
	/** Nine or twelve digits in a row, unless they are an amount of money. */
	private static final Pattern CITIZEN_ID = Pattern.compile(ALONE_BEFORE + "\\d{9}(?:\\d{3})?" + ALONE_AFTER
			+ "(?!\\s?(?:đồng|đ|vnđ|vnd)(?!\\p{L}))", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PersonalData() {
	}

	/** What a piece of personal data found in a text is. */
	public enum Kind {
		EMAIL, PHONE, ID_NUMBER
	}

	/** A piece of personal data as typed in a text, and what it is. */
	public record Piece(Kind kind, String text) {
	}

	/** The text with each piece of personal data replaced by {@code replacement} (taken literally). */
	public static String mask(String text, String replacement) {
		return replace(text, email -> replacement, phone -> replacement, idNumber -> replacement);
	}

	/**
	 * The text with each e-mail address and phone number in it masked as {@link #maskContact} masks a
	 * contact field (0905***456, h***@example.vn), and each citizen ID number withheld whole
	 * ({@link #WITHHELD}): for a reader who sees contacts masked (the people's inspection board) reading
	 * what a citizen typed. An ID number identifies the person and reaches nobody, so no part of it is kept.
	 */
	public static String maskContactsIn(String text) {
		return replace(text, PersonalData::maskContact, PersonalData::maskContact, idNumber -> WITHHELD);
	}

	/**
	 * The e-mail addresses, phone numbers and ID numbers in the text, as typed, in the order they are
	 * found (e-mail addresses first): what {@link #mask} would hide, for a search that only some readers
	 * may run over them.
	 */
	public static List<String> foundIn(String text) {
		return piecesIn(text).stream().map(Piece::text).toList();
	}

	/**
	 * The pieces {@link #foundIn} finds, each with what it is: for a page that lists them to the person
	 * who is about to publish the text.
	 */
	public static List<Piece> piecesIn(String text) {
		List<Piece> found = new ArrayList<>();
		replace(text, collect(found, Kind.EMAIL), collect(found, Kind.PHONE), collect(found, Kind.ID_NUMBER));
		return found;
	}

	private static UnaryOperator<String> collect(List<Piece> found, Kind kind) {
		return piece -> {
			found.add(new Piece(kind, piece));
			return " ";
		};
	}

	private static String replace(String text, UnaryOperator<String> email, UnaryOperator<String> phone,
			UnaryOperator<String> idNumber) {
		String withoutEmails = EMAIL.matcher(text).replaceAll(found -> literal(email.apply(found.group())));
		String withoutPhones = PHONE.matcher(withoutEmails).replaceAll(found -> literal(isPhone(found)
				? phone.apply(found.group()) : found.group()));
		return CITIZEN_ID.matcher(withoutPhones).replaceAll(id -> literal(idNumber.apply(id.group())));
	}

	private static String literal(String replacement) {
		return Matcher.quoteReplacement(replacement);
	}

	/**
	 * A person's full name as a public list may print it: the family name, then the initials of the
	 * other names ("Nguyễn Văn An" → "Nguyễn V. A."), so that a published list does not name a
	 * private person while readers can still tell comments apart.
	 */
	public static String maskName(String fullName) {
		String[] words = fullName.strip().split("\\s+");
		StringBuilder masked = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			masked.append(' ').appendCodePoint(words[i].codePointAt(0)).append('.');
		}
		return masked.toString();
	}

	/**
	 * A contact with its middle withheld, for a reader who should know that it is there and which
	 * it is, not reach the person by it: an e-mail address keeps the first letter of its name and its
	 * domain (h***@example.vn), a number its first four and last three characters (0905***456), anything
	 * shorter nothing ({@link #WITHHELD}).
	 */
	public static String maskContact(String contact) {
		int at = contact.indexOf('@');
		if (at >= 0) {
			return contact.substring(0, Math.min(1, at)) + WITHHELD + contact.substring(at);
		}
		if (contact.length() <= KEPT_BEFORE + KEPT_AFTER) {
			return WITHHELD;
		}
		return contact.substring(0, KEPT_BEFORE) + WITHHELD + contact.substring(contact.length() - KEPT_AFTER);
	}

	/** Grouped digits may be too few for a number: 0 and nine or ten digits, or +84 and nine or ten. */
	private static boolean isPhone(MatchResult candidate) {
		String digits = candidate.group().replaceAll("\\D", "");
		int national = digits.startsWith("84") && candidate.group().startsWith("+") ? digits.length() - 2
				: digits.length() - 1;
		return national == 9 || national == 10;
	}
}
