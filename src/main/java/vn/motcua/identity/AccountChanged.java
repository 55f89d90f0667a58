package vn.motcua.identity;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An account was registered, created, locked, unlocked, disabled, enabled or had its roles or password changed,
 * or its holder was required to choose their own password, or chose it.
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

	@Override
	public String recordType() {
		return "Account";
	}

	@Override
	public String recordId() {
		return accountId.toString();
	}
}
