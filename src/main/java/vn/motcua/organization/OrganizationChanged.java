package vn.motcua.organization;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** An agency, unit or officer was created or changed; the agency's People's Inspection Board reads it (decision 0051). */
public record OrganizationChanged(Actor actor, Instant occurredAt, String action, String recordType, String recordId,
		String summary, String agencyCode) implements AuditableEvent {
}
