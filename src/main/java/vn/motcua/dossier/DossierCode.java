package vn.motcua.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier's code, {@code {AgencyCode}-{yyMMdd}-{NNNN}}: the agency's electronic code, the day
 * the dossier was registered, and its number that day for that agency, four digits or a fifth one
 * past 9,999 (legal-rules §3). The agency code is opaque and may itself contain hyphens, so the
 * code is read from its end.
 */
public record DossierCode(String agencyCode, LocalDate day, int number) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
	private static final Pattern FORMAT = Pattern.compile("(.+)-(\\d{6})-(\\d{4,5})");

	public DossierCode {
		if (agencyCode.isBlank()) {
			throw new IllegalArgumentException("A dossier code needs an agency code");
		}
		if (number < 1 || number > 99_999) {
			throw new IllegalArgumentException("A day's dossier number runs from 1 to 99,999: " + number);
		}
	}

	/** Reads a code as printed; throws IllegalArgumentException when it is not one. */
	public static DossierCode parse(String text) {
		Matcher matcher = FORMAT.matcher(text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a dossier code: " + text);
		}
		LocalDate day;
		try {
			day = LocalDate.parse(matcher.group(2), DAY);
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("Not a dossier code: " + text, e);
		}
		return new DossierCode(matcher.group(1), day, Integer.parseInt(matcher.group(3)));
	}

	@Override
	public String toString() {
		// at least four digits; String.format parsed its pattern on every status look-up
		String digits = Integer.toString(number);
		return agencyCode + "-" + DAY.format(day) + "-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
	}
}
