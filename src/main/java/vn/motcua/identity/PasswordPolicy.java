package vn.motcua.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, letters and digits, not one of the passwords
 * every attacker tries first, and not the applicant's own ID number or phone.
 */
@Component
public class PasswordPolicy {

	private static final Set<String> COMMON = Set.of("password", "password123", "matkhau", "matkhau123",
			"123456789", "1234567890", "12345678910", "qwerty123", "abc123456", "iloveyou1", "admin12345",
			"motcua123", "vietnam123", "123456789a", "a123456789", "abcd123456", "1234567890a");

	private final int minLength;

	PasswordPolicy(IdentityProperties properties) {
		this.minLength = properties.minPasswordLength();
	}

	/** The message key of the first rule the password breaks, if any. */
	public Optional<String> violation(String password, String... personalData) {
		if (password.length() < minLength) {
			return Optional.of("identity.password.too-short");
		}
		if (!password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
			return Optional.of("identity.password.letters-and-digits");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower)) {
			return Optional.of("identity.password.common");
		}
		for (String data : personalData) {
			if (data.length() >= 6 && lower.contains(data.toLowerCase(Locale.ROOT))) {
				return Optional.of("identity.password.personal");
			}
		}
		return Optional.empty();
	}

	/** The rule a new password of the account breaks, if any: its user name, ID number and phone are its personal data. */
	Optional<String> violation(String password, Account account) {
		return violation(password, Stream.of(account.username(), account.idNumber(), account.phone())
			.filter(Objects::nonNull)
			.toArray(String[]::new));
	}

	public int minLength() {
		return minLength;
	}
}
