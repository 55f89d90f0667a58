package vn.motcua.reporting;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** An administrator rebuilt the reports' read model, or the rebuild ended. */
public record ReportingChanged(Actor actor, Instant occurredAt, String action, String recordType, String recordId,
		String summary) implements AuditableEvent {
}
