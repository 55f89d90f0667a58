package vn.motcua.notification;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** An administrator changed a template or resent a message, or an applicant changed their channels. */
public record NotificationChanged(Actor actor, Instant occurredAt, String action, String recordType,
		String recordId, String summary) implements AuditableEvent {
}
