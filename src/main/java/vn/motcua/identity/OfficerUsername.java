package vn.motcua.identity;

import java.util.regex.Pattern;

/**
 * The form of an officer's user name: lower-case letters, digits, dots, hyphens and underscores,
 * starting with a letter, 3 to 50 characters. Sign-in also accepts a citizen ID, a tax code or an
 * e-mail address, so a user name must never look like one of them: it starts with a letter and
 * holds no {@code @}.
 */
public final class OfficerUsername {

	/** For {@code @Pattern} on forms; the same rule the service enforces. */
	public static final String PATTERN = "[a-z][a-z0-9._-]{2,49}";

	private static final Pattern COMPILED = Pattern.compile(PATTERN);

	private OfficerUsername() {
	}

	public static boolean isValid(String username) {
		return COMPILED.matcher(username).matches();
	}
}
