package vn.motcua.identity;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;

/**
 * An account was disabled and can no longer sign in. Published inside the disabling transaction for
 * the modules that hold work assigned to the account personally, which would otherwise wait for it
 * forever: they listen synchronously (a plain {@code @EventListener}, so in that transaction, and a
 * disable does not stand without its hand-back), give the work back to whoever else may do it, and
 * {@linkplain #handedBack(int) count} what they gave back, so that the administrator is told how much
 * went back although identity knows nothing of those modules. The count is read as soon as the event
 * is published, which is why the event is not one for the outbox ({@code @ApplicationModuleListener}).
 * The audit trail records the disable from {@link AccountChanged}.
 */
public final class AccountDisabled {

	private final Actor actor;
	private final Instant occurredAt;
	private final UUID accountId;
	private final String username;
	private int handedBack;

	AccountDisabled(Actor actor, Instant occurredAt, UUID accountId, String username) {
		this.actor = actor;
		this.occurredAt = occurredAt;
		this.accountId = accountId;
		this.username = username;
	}

	/** The administrator who disabled the account. */
	public Actor actor() {
		return actor;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public UUID accountId() {
		return accountId;
	}

	public String username() {
		return username;
	}

	/** A listener gave back {@code count} pieces of work that were assigned to the account. */
	public void handedBack(int count) {
		handedBack += count;
	}

	/** How many pieces of work the listeners gave back so far. */
	public int handedBackCount() {
		return handedBack;
	}

	@Override
	public String toString() {
		return "AccountDisabled[" + username + ", handed back " + handedBack + "]";
	}
}
