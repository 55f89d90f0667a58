package vn.motcua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.SubmissionKeys;

/**
 * A forgotten password chosen again through a link sent to the account's own e-mail address and phone.
 * The link's key is derived, not stored: the HMAC (under the installation's secret, decision 0029) of the
 * account, the link's expiry and the account's current password hash. So the database and the event
 * registry hold nothing that opens an account, a link stops working when it expires, and it works once:
 * the new password changes the hash, and with it every earlier link's key.
 */
@Service
@Transactional
public class PasswordResets {

	/** 96 bits, 16 characters: a link that fits a text message. */
	private static final int KEY_BYTES = 12;
	private static final String PURPOSE = "password-reset";

	private final AccountRepository accounts;
	private final SubmissionKeys keys;
	private final PasswordEncoder passwords;
	private final PasswordPolicy passwordPolicy;
	private final IdentityProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	PasswordResets(AccountRepository accounts, SubmissionKeys keys, PasswordEncoder passwords,
			PasswordPolicy passwordPolicy, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.accounts = accounts;
		this.keys = keys;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a link to the account that the identifier (user name, ID number or tax code, phone, e-mail)
	 * names, if there is exactly one and it is not disabled. The caller learns nothing of which: the page
	 * answers alike, so that nobody finds out who has an account.
	 */
	public void request(String identifier) {
		Account account = AccountDetailsService.resolve(accounts, identifier.trim());
		if (account == null || !account.enabled()) {
			return;
		}
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.passwordResetValidFor()).truncatedTo(ChronoUnit.SECONDS);
		events.publishEvent(new PasswordResetRequested(account.id(), expiresAt));
		events.publishEvent(new AccountChanged(Actor.current(), now, "account.password-reset-requested", account.id(),
				"Sent a link to choose a new password of account " + account.username() + ", valid until " + expiresAt));
	}

	/** How long a link works. */
	public Duration validFor() {
		return properties.passwordResetValidFor();
	}

	/** The site path of the link that lets the account's holder choose a new password until it expires. */
	public String linkPath(UUID accountId, Instant expiresAt) {
		Account account = get(accountId);
		return "/password-reset/new?account=" + accountId + "&expires=" + expiresAt.getEpochSecond() + "&key="
				+ key(account, expiresAt.getEpochSecond());
	}

	/** The account the link opens, if its key is right and it has not expired. */
	@Transactional(readOnly = true)
	public Optional<Account> opened(UUID accountId, long expires, @Nullable String key) {
		if (clock.instant().getEpochSecond() >= expires) {
			return Optional.empty();
		}
		return accounts.findById(accountId).filter(Account::enabled).filter(account -> {
			byte[] expected = key(account, expires).getBytes(StandardCharsets.US_ASCII);
			byte[] given = (key == null ? "" : key.strip()).getBytes(StandardCharsets.US_ASCII);
			return MessageDigest.isEqual(expected, given);
		});
	}

	/**
	 * Sets the password the link's holder chose, which must pass the {@link PasswordPolicy}, and lifts a
	 * lock of wrong passwords: whoever reads the account's mail and messages may sign in again.
	 *
	 * @throws InvalidRequestException when the link is wrong, used or expired
	 * @throws InvalidFieldException ({@code newPassword}) when the password breaks a rule
	 */
	public void reset(UUID accountId, long expires, @Nullable String key, String newPassword) {
		Account account = opened(accountId, expires, key)
			.orElseThrow(() -> new InvalidRequestException("identity.reset.link-invalid"));
		passwordPolicy.violation(newPassword, account).ifPresent(rule -> {
			throw new InvalidFieldException("newPassword", rule);
		});
		// whoever reads the account's mail and messages is taken as its holder: they chose this one
		boolean wasChosenBySomeoneElse = account.mustChooseOwnPassword();
		account.changePassword(passwords.encode(newPassword), PasswordChosenBy.HOLDER, clock.instant());
		account.unlock();
		accounts.save(account);
		events.publishEvent(new AccountChanged(Actor.current(), clock.instant(), "account.password-reset-by-link",
				account.id(), "Chose a new password of account " + account.username() + " through a link sent to it"));
		if (wasChosenBySomeoneElse) {
			events.publishEvent(AccountChanged.passwordChosenByHolder(account, Actor.current(), clock.instant()));
		}
	}

	private String key(Account account, long expires) {
		byte[] digest = HexFormat.of().parseHex(keys.digest(List.of(PURPOSE, account.id(), expires, account.passwordHash())));
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, KEY_BYTES));
	}

	private Account get(UUID accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
	}
}
