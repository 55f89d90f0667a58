package vn.motcua.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * An override was added or removed, or an agency's working hours changed.
 *
 * @param agencyId the agency whose calendar changed, or null for the nationwide calendar
 */
public record CalendarChanged(Actor actor, Instant occurredAt, String action, String recordType, String recordId,
		String summary, @Nullable String agencyId) implements AuditableEvent {
}
