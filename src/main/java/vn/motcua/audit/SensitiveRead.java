package vn.motcua.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** Someone read a record whose reading must leave a trace, such as a denouncer's identity. */
record SensitiveRead(Actor actor, Instant occurredAt, String action, String recordType, String recordId,
		String summary, @Nullable String agencyCode) implements AuditableEvent {
}
