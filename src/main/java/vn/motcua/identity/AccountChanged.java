package vn.motcua.identity;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An account was registered, created, locked, unlocked, disabled, enabled or had its roles or password changed,
 * or its holder was required to choose their own password, or chose it; or a sign-in with its temporary password
 * was refused because that had expired (no change, but a sign-in failure the trail keeps, as it keeps a lock).
 */
public record AccountChanged(Actor actor, Instant occurredAt, String action, UUID accountId, String summary)
		implements AuditableEvent {

	/** Someone else chose the account's password: its holder must choose their own at their next sign-in. */
	static AccountChanged passwordChangeRequired(Account account, Actor actor, Instant at) {
		return new AccountChanged(actor, at, "account.password-change-required", account.id(),
				"The password of account " + account.username()
						+ " was chosen by someone else: its holder must choose their own at the next sign-in");
	}

	/** The holder chose their own password, replacing one that someone else had chosen. */
	static AccountChanged passwordChosenByHolder(Account account, Actor actor, Instant at) {
		return new AccountChanged(actor, at, "account.password-chosen-by-holder", account.id(),
				"The holder of account " + account.username() + " chose their own password, replacing one chosen by someone else");
	}

	/**
	 * Someone gave the account's temporary password after it expired and was refused: nobody was signed in, so the
	 * actor is anonymous; the password is not named.
	 */
	static AccountChanged expiredTemporaryPasswordRefused(Account account, TemporaryPassword password, Instant at) {
		return new AccountChanged(Actor.ANONYMOUS, at, "account.expired-temporary-password-refused", account.id(),
				"Refused a sign-in to account " + account.username() + " with its temporary password, which expired at "
						+ password.expiresAt());
	}

	@Override
	public String recordType() {
		return "Account";
	}

	@Override
	public String recordId() {
		return accountId.toString();
	}
}
