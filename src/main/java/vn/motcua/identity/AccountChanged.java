package vn.motcua.identity;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** An account was registered, created, locked, unlocked, disabled, enabled or had its roles or password changed. */
public record AccountChanged(Actor actor, Instant occurredAt, String action, UUID accountId, String summary)
		implements AuditableEvent {

	@Override
	public String recordType() {
		return "Account";
	}

	@Override
	public String recordId() {
		return accountId.toString();
	}
}
