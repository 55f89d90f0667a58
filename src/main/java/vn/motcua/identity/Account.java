package vn.motcua.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account that signs in: an applicant who registered, or an officer created by an
 * administrator. It guards its own lockout: repeated wrong passwords lock it for a while.
 */
@Table("account")
public class Account {

	@Id
	private final UUID id;
	@Version
	private @Nullable Long version;
	private final AccountKind kind;
	private final String username;
	private String displayName;
	private @Nullable String idNumber;
	private @Nullable String phone;
	private @Nullable String email;
	private String passwordHash;
	private PasswordChosenBy passwordChosenBy;
	private Instant passwordChosenAt;
	private int failedAttempts;
	private @Nullable Instant lockedUntil;
	private boolean enabled;
	private final Instant createdAt;
	@MappedCollection(idColumn = "account_id")
	private Set<RoleGrant> roles;

	@PersistenceCreator
	Account(UUID id, @Nullable Long version, AccountKind kind, String username, String displayName,
			@Nullable String idNumber, @Nullable String phone, @Nullable String email, String passwordHash,
			PasswordChosenBy passwordChosenBy, Instant passwordChosenAt, int failedAttempts, @Nullable Instant lockedUntil,
			boolean enabled, Instant createdAt, Set<RoleGrant> roles) {
		this.id = id;
		this.version = version;
		this.kind = kind;
		this.username = username;
		this.displayName = displayName;
		this.idNumber = idNumber;
		this.phone = phone;
		this.email = email;
		this.passwordHash = passwordHash;
		this.passwordChosenBy = passwordChosenBy;
		this.passwordChosenAt = passwordChosenAt;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.roles = new HashSet<>(roles);
	}

	static Account applicant(AccountKind kind, String idNumber, String displayName, String phone, String email,
			String passwordHash, Instant now) {
		if (!kind.isApplicant()) {
			throw new IllegalArgumentException("Not an applicant kind: " + kind);
		}
		return new Account(UUID.randomUUID(), null, kind, idNumber, displayName, idNumber, phone, email,
				passwordHash, PasswordChosenBy.HOLDER, now, 0, null, true, now, Set.of(RoleGrant.applicant()));
	}

	static Account officer(String username, String displayName, @Nullable String phone, @Nullable String email,
			String passwordHash, PasswordChosenBy passwordChosenBy, Set<RoleGrant> roles, Instant now) {
		return new Account(UUID.randomUUID(), null, AccountKind.OFFICER, username, displayName, null, phone, email,
				passwordHash, passwordChosenBy, now, 0, null, true, now, roles);
	}

	public AccountState stateAt(Instant now) {
		return AccountState.of(enabled, lockedUntil, now);
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** Counts a wrong password; locks the account when the policy's limit is reached. */
	void recordFailedSignIn(Instant now, LockoutPolicy policy) {
		if (isLockedAt(now)) {
			return;
		}
		failedAttempts++;
		if (failedAttempts >= policy.maxFailedAttempts()) {
			lockedUntil = now.plus(policy.lockDuration());
			failedAttempts = 0;
		}
	}

	/** Clears the count of wrong passwords; false when there was nothing to clear (no write needed). */
	boolean recordSuccessfulSignIn() {
		boolean changed = failedAttempts > 0 || lockedUntil != null;
		failedAttempts = 0;
		lockedUntil = null;
		return changed;
	}

	void unlock() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	/**
	 * A new password, who chose it and when: one chosen by someone else must be replaced at the next sign-in, and
	 * stops working a while after it was chosen ({@link #temporaryPassword}).
	 */
	void changePassword(String newHash, PasswordChosenBy chosenBy, Instant now) {
		this.passwordHash = newHash;
		this.passwordChosenBy = chosenBy;
		this.passwordChosenAt = now;
	}

	/**
	 * The password as a temporary one, when someone else chose it: it works for the validity from when it was
	 * chosen. None when its holder chose it: theirs never expires.
	 */
	@Nullable TemporaryPassword temporaryPassword(Duration validity, Instant now) {
		return TemporaryPassword.of(passwordChosenBy, passwordChosenAt, validity, now);
	}

	void updateContact(String displayName, @Nullable String phone, @Nullable String email) {
		this.displayName = displayName;
		this.phone = phone;
		this.email = email;
	}

	void replaceRoles(Set<RoleGrant> grants) {
		if (kind.isApplicant()) {
			throw new IllegalStateException("Applicants hold no officer roles");
		}
		this.roles = new HashSet<>(grants);
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public UUID id() {
		return id;
	}

	public AccountKind kind() {
		return kind;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String idNumber() {
		return idNumber;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	public PasswordChosenBy passwordChosenBy() {
		return passwordChosenBy;
	}

	/** Whether the holder must choose their own password before anything else: someone else chose this one. */
	public boolean mustChooseOwnPassword() {
		return passwordChosenBy == PasswordChosenBy.SOMEONE_ELSE;
	}

	public Instant passwordChosenAt() {
		return passwordChosenAt;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Set<RoleGrant> roles() {
		return Collections.unmodifiableSet(roles);
	}
}
