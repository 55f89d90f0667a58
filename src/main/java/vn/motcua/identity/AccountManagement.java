package vn.motcua.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Actor;
import vn.motcua.shared.InvalidFieldException;
import vn.motcua.shared.InvalidRequestException;
import vn.motcua.shared.NotFoundException;

/** The identity module's entry point for pages and other modules. */
@Service
@Transactional
public class AccountManagement {

	private final AccountRepository accounts;
	private final AccountLocks locks;
	private final PasswordEncoder passwords;
	private final PasswordPolicy passwordPolicy;
	private final ApplicationEventPublisher events;
	private final IdentityProperties properties;
	private final Clock clock;

	AccountManagement(AccountRepository accounts, AccountLocks locks, PasswordEncoder passwords,
			PasswordPolicy passwordPolicy, ApplicationEventPublisher events, IdentityProperties properties, Clock clock) {
		this.accounts = accounts;
		this.locks = locks;
		this.passwords = passwords;
		this.passwordPolicy = passwordPolicy;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** Opens an applicant's account; the citizen ID or tax code is its user name. */
	public UUID register(Registration registration) {
		if (accounts.existsByUsername(registration.idNumber()) || accounts.existsByIdNumber(registration.idNumber())) {
			throw duplicate("idNumber");
		}
		if (accounts.existsByEmailIgnoreCase(registration.email())) {
			throw duplicate("email");
		}
		if (accounts.existsByPhone(registration.phone())) {
			throw duplicate("phone");
		}
		Account account = Account.applicant(registration.kind(), registration.idNumber(), registration.fullName(),
				registration.phone(), registration.email(), passwords.encode(registration.password()), clock.instant());
		accounts.save(account);
		events.publishEvent(new AccountChanged(new Actor(account.username()), clock.instant(), "account.registered",
				account.id(), "Registered " + registration.kind() + " account " + account.username()));
		return account.id();
	}

	/**
	 * Creates an officer's account with roles, each scoped to an agency. The user name must have the
	 * {@link OfficerUsername} form and the initial password must pass the {@link PasswordPolicy}; one chosen by
	 * someone else (the administrator) the officer must replace at their first sign-in.
	 */
	public UUID createOfficer(String username, String displayName, @Nullable String phone, @Nullable String email,
			String initialPassword, PasswordChosenBy chosenBy, Set<RoleGrant> roles) {
		if (!OfficerUsername.isValid(username)) {
			throw new InvalidRequestException("identity.username.invalid");
		}
		requireAcceptable(initialPassword, username, phone);
		if (accounts.existsByUsername(username)) {
			throw duplicate("username");
		}
		if (email != null && accounts.existsByEmailIgnoreCase(email)) {
			throw duplicate("email");
		}
		Account account = Account.officer(username, displayName, phone, email, passwords.encode(initialPassword),
				chosenBy, roles, clock.instant());
		accounts.save(account);
		publish(account, "account.created", "Created officer account " + username + " with roles " + describe(roles));
		if (account.mustChooseOwnPassword()) {
			events.publishEvent(AccountChanged.passwordChangeRequired(account, Actor.current(), clock.instant()));
		}
		return account.id();
	}

	/**
	 * Changes an officer's names, contact and roles. A role taken away takes with it the work the officer
	 * holds personally in it ({@link RolesWithdrawn}); the account is locked first, as for a disable, so
	 * that work being given to it in that role at this moment is either committed before and handed back,
	 * or given after and refused (decision 0033).
	 */
	public void updateOfficer(UUID accountId, String displayName, @Nullable String phone, @Nullable String email,
			Set<RoleGrant> roles) {
		Account account = accounts.findByIdForUpdate(accountId)
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		Set<RoleGrant> withdrawn = account.roles().stream().filter(grant -> !roles.contains(grant))
			.collect(Collectors.toSet());
		account.updateContact(displayName, phone, email);
		account.replaceRoles(roles);
		accounts.save(account);
		publish(account, "account.updated", "Officer account " + account.username() + " now has roles " + describe(roles));
		if (!withdrawn.isEmpty()) {
			events.publishEvent(new RolesWithdrawn(Actor.current(), clock.instant(), account.id(), account.username(),
					withdrawn));
		}
	}

	/** An applicant changes their own phone and e-mail, where notices reach them. */
	public void updateApplicantContact(UUID accountId, String phone, String email) {
		Account account = get(accountId);
		if (!account.kind().isApplicant()) {
			throw new IllegalStateException("Officers' contacts are managed by the administrator");
		}
		if (!email.equalsIgnoreCase(String.valueOf(account.email())) && accounts.existsByEmailIgnoreCase(email)) {
			throw duplicate("email");
		}
		if (!phone.equals(account.phone()) && accounts.existsByPhone(phone)) {
			throw duplicate("phone");
		}
		account.updateContact(account.displayName(), phone, email);
		accounts.save(account);
		publish(account, "account.contact-changed", "Applicant " + account.username() + " changed phone or e-mail");
	}

	/**
	 * Disables an account; nobody disables their own, so the last administrator cannot lock everyone
	 * out. Work assigned to the account personally (a dossier's current step, a petition) goes back, in
	 * this transaction, to whoever else may do it: see {@link AccountDisabled}. The account is locked
	 * first, so that work being given to it at this moment ({@link #lockForWork}) is either committed
	 * before it and handed back, or given after it and refused (decision 0033).
	 *
	 * @return how many pieces of work assigned to the account were handed back
	 */
	public int disable(UUID accountId) {
		Account account = accounts.findByIdForUpdate(accountId)
			.orElseThrow(() -> new NotFoundException("identity.account.not-found"));
		if (account.username().equals(Actor.current().name())) {
			throw new InvalidRequestException("identity.account.disable-self");
		}
		account.setEnabled(false);
		accounts.save(account);
		publish(account, "account.disabled", "Disabled account " + account.username());
		AccountDisabled disabled = new AccountDisabled(Actor.current(), clock.instant(), account.id(),
				account.username());
		events.publishEvent(disabled);
		return disabled.handedBackCount();
	}

	/** Enables a disabled account again; what was handed back when it was disabled stays where it went. */
	public void enable(UUID accountId) {
		Account account = get(accountId);
		account.setEnabled(true);
		accounts.save(account);
		publish(account, "account.enabled", "Enabled account " + account.username());
	}

	/**
	 * The account as committed now, locked until the caller's transaction ends: a module giving work to
	 * the account personally reads {@link Account#enabled()} from it, so that a disable in progress is
	 * waited for and seen, and a disable that starts meanwhile waits until the work is committed and
	 * then hands it back (decision 0033). Only within a transaction: a lock released at once protects
	 * nothing.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Account> lockForWork(UUID accountId) {
		// read after the lock, in a statement of its own: it sees a disable that committed while it waited
		return locks.lockForWork(accountId) ? accounts.findById(accountId) : Optional.empty();
	}

	/**
	 * Locks the account's row for update until the caller's transaction ends, as a disable does: work
	 * being given to the account at this moment ({@link #lockForWork}) is waited for, and work given
	 * after waits for this transaction. For a change to the officer that moves their work elsewhere
	 * (another unit), made outside this module (decision 0033).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockAgainstWork(UUID accountId) {
		accounts.findByIdForUpdate(accountId);
	}

	public void unlock(UUID accountId) {
		Account account = get(accountId);
		account.unlock();
		accounts.save(account);
		publish(account, "account.unlocked", "Unlocked account " + account.username());
	}

	/**
	 * An administrator gives another account a new password, which must pass the {@link PasswordPolicy}: a
	 * temporary one, which its holder must replace at their next sign-in and which stops working after
	 * {@code motcua.identity.temporary-password-valid-for}. Nobody gives their own account a new password this
	 * way: without the current one, anyone at an administrator's unlocked screen could take the account over;
	 * they change it as every holder does, proving it with the current one ({@link #changeOwnPassword}).
	 */
	public void resetPassword(UUID accountId, String newPassword) {
		Account account = get(accountId);
		Actor actor = Actor.current();
		if (account.username().equals(actor.name())) {
			throw new InvalidRequestException("identity.account.reset-own-password");
		}
		passwordPolicy.violation(newPassword, account).ifPresent(key -> {
			throw new InvalidRequestException(key);
		});
		account.changePassword(passwords.encode(newPassword), PasswordChosenBy.SOMEONE_ELSE, clock.instant());
		accounts.save(account);
		publish(account, "account.password-reset", "Reset the password of account " + account.username());
		events.publishEvent(AccountChanged.passwordChangeRequired(account, actor, clock.instant()));
	}

	/**
	 * The signed-in person changes their own password: the current one proves it is them (a session left
	 * open on a shared computer is not enough), and a wrong one counts towards the lock as a wrong
	 * sign-in does, so the form cannot be used to guess it. The new one must pass the
	 * {@link PasswordPolicy} and differ from the current one.
	 *
	 * @throws InvalidFieldException naming the field ({@code currentPassword} or {@code newPassword}) and why
	 */
	public PasswordChange changeOwnPassword(String currentPassword, String newPassword) {
		Account account = get(currentUser().orElseThrow().accountId());
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			return recordWrongPassword(account.username(), Actor.current()) ? PasswordChange.LOCKED
					: PasswordChange.WRONG_CURRENT_PASSWORD;
		}
		if (newPassword.equals(currentPassword)) {
			throw new InvalidFieldException("newPassword", "identity.password.same");
		}
		passwordPolicy.violation(newPassword, account).ifPresent(key -> {
			throw new InvalidFieldException("newPassword", key);
		});
		boolean wasChosenBySomeoneElse = account.mustChooseOwnPassword();
		account.changePassword(passwords.encode(newPassword), PasswordChosenBy.HOLDER, clock.instant());
		accounts.save(account);
		publish(account, "account.password-changed", "Changed the password of account " + account.username());
		if (wasChosenBySomeoneElse) {
			events.publishEvent(AccountChanged.passwordChosenByHolder(account, Actor.current(), clock.instant()));
		}
		return PasswordChange.CHANGED;
	}

	/** What became of a request to change one's own password. */
	public enum PasswordChange {
		CHANGED,
		/** Refused, counted as a wrong password; the account is not locked yet. */
		WRONG_CURRENT_PASSWORD,
		/** Refused, and that wrong password locked the account: the session should end. */
		LOCKED
	}

	/**
	 * Counts a wrong password given to sign in to the account the identifier names, if any; true when it is
	 * now locked. Whoever gave it is not signed in, so a lock is audited as by {@link Actor#ANONYMOUS}.
	 */
	public boolean recordFailedSignIn(String identifier) {
		return recordWrongPassword(identifier, Actor.ANONYMOUS);
	}

	private boolean recordWrongPassword(String identifier, Actor actor) {
		Account account = AccountDetailsService.resolve(accounts, identifier.trim());
		if (account == null) {
			return false;
		}
		boolean wasLocked = account.isLockedAt(clock.instant());
		account.recordFailedSignIn(clock.instant(), properties.lockoutPolicy());
		accounts.save(account);
		boolean locked = account.isLockedAt(clock.instant());
		if (locked && !wasLocked) {
			events.publishEvent(new AccountChanged(actor, clock.instant(), "account.locked", account.id(),
					"Locked account " + account.username() + " after " + properties.maxFailedAttempts()
							+ " wrong passwords"));
		}
		return locked;
	}

	/**
	 * Records in the audit trail that someone gave the right password of the account the identifier names, but a
	 * temporary one that had expired, and was refused (decision 0053): a sign-in failure worth an administrator's
	 * look, as a lock is, for whoever tried knew the password an administrator chose. It names the account, never
	 * the password, and changes nothing: it is no wrong password, so it neither counts towards the lock nor clears
	 * the count.
	 */
	public void recordExpiredTemporaryPasswordSignIn(String identifier) {
		Account account = AccountDetailsService.resolve(accounts, identifier.trim());
		TemporaryPassword temporary = account == null ? null : temporaryPasswordOf(account);
		if (temporary != null) {
			events.publishEvent(AccountChanged.expiredTemporaryPasswordRefused(account, temporary, clock.instant()));
		}
	}

	public void recordSuccessfulSignIn(String username) {
		accounts.findByUsername(username).ifPresent(account -> {
			if (account.recordSuccessfulSignIn()) {
				accounts.save(account);
			}
		});
	}

	@Transactional(readOnly = true)
	public Optional<Account> findById(UUID accountId) {
		return accounts.findById(accountId);
	}

	/** The account's e-mail address and phone number; joins the caller's transaction if there is one. */
	public Optional<AccountContact> contactOf(UUID accountId) {
		return accounts.findContactById(accountId);
	}

	/** Who holds the account (kind, names, ID number, contact); joins the caller's transaction if there is one. */
	public Optional<AccountHolder> holderOf(UUID accountId) {
		return accounts.findHolderById(accountId);
	}

	/**
	 * The summaries of the accounts with these ids, by id; ids without an account are left out. Two
	 * queries however many accounts: for lists, where loading each account would also read its roles.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, AccountSummary> summaries(Collection<UUID> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		Map<UUID, Set<RoleGrant>> roles = accounts.findRolesByAccountIdIn(accountIds).stream()
			.collect(Collectors.groupingBy(AccountRoleRow::accountId,
					Collectors.mapping(AccountRoleRow::grant, Collectors.toSet())));
		Instant now = clock.instant();
		return accounts.findRowsByIdIn(accountIds).stream()
			.collect(Collectors.toMap(AccountRow::accountId, row -> new AccountSummary(row.accountId(), row.username(),
					row.displayName(), row.email(), AccountState.of(row.enabled(), row.lockedUntil(), now),
					roles.getOrDefault(row.accountId(), Set.of()), TemporaryPassword.of(row.passwordChosenBy(),
							row.passwordChosenAt(), properties.temporaryPasswordValidFor(), now))));
	}

	/** Whether the account may sign in at this moment. */
	public AccountState stateOf(Account account) {
		return account.stateAt(clock.instant());
	}

	/** The account's password as a temporary one, as it is at this moment, if someone else chose it. */
	public @Nullable TemporaryPassword temporaryPasswordOf(Account account) {
		return account.temporaryPassword(properties.temporaryPasswordValidFor(), clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return accounts.findByUsername(username);
	}

	/** The names of the accounts with those user names, by user name; user names of no account are left out. */
	@Transactional(readOnly = true)
	public Map<String, AccountName> namesByUsername(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Map.of();
		}
		return accounts.findNamesByUsernameIn(usernames).stream()
			.collect(Collectors.toMap(AccountName::username, Function.identity()));
	}

	/** The signed-in account of the current request, if any. */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> currentUser() {
		return userOf(SecurityContextHolder.getContext().getAuthentication());
	}

	/**
	 * The account an authentication names: an access rule asked about a request other than the current
	 * one (Spring Security's privilege evaluator, which a page may ask whether to show a link) must judge
	 * the authentication it is given, not whoever is signed in.
	 */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> userOf(@Nullable Authentication authentication) {
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return accounts.findByUsername(authentication.getName()).map(CurrentUser::of);
	}

	/**
	 * The signed-in holder's password as a temporary one, as the account is now, if someone else chose it: then
	 * they must choose their own before anything else, and the page where they do says until when it works.
	 */
	@Transactional(readOnly = true)
	public @Nullable TemporaryPassword ownTemporaryPassword() {
		return currentUser().flatMap(user -> accounts.findById(user.accountId())).map(this::temporaryPasswordOf)
			.orElse(null);
	}

	/** Whether the account the identifier names is locked now. */
	@Transactional(readOnly = true)
	public boolean isLocked(String identifier) {
		Account account = AccountDetailsService.resolve(accounts, identifier.trim());
		return account != null && account.isLockedAt(clock.instant());
	}

	/** How long a password someone else chose works, from when they chose it, for the pages that say so. */
	public Duration temporaryPasswordValidity() {
		return properties.temporaryPasswordValidFor();
	}

	/** How long a locked account stays locked, for the sign-in page's message. */
	public long lockMinutes() {
		return properties.lockDuration().toMinutes();
	}

	private Account get(UUID accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("identity.account.not-found"));
	}

	private void requireAcceptable(String password, @Nullable String... personalData) {
		String[] known = Arrays.stream(personalData).filter(Objects::nonNull).toArray(String[]::new);
		passwordPolicy.violation(password, known).ifPresent(key -> {
			throw new InvalidRequestException(key);
		});
	}

	/** Another account already uses the value of this field (its name on the forms: idNumber, username, phone, email). */
	private static InvalidFieldException duplicate(String field) {
		return new InvalidFieldException(field, "identity.duplicate." + field);
	}

	private void publish(Account account, String action, String summary) {
		events.publishEvent(new AccountChanged(Actor.current(), clock.instant(), action, account.id(), summary));
	}

	private static String describe(Set<RoleGrant> roles) {
		return roles.stream().map(grant -> grant.role().name()).sorted().toList().toString();
	}
}
