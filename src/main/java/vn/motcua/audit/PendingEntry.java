package vn.motcua.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;
import vn.motcua.shared.TimeOrderedIds;

/** A state change recorded with its transaction, waiting to be chained ({@link AuditTrail#seal()}). */
record PendingEntry(UUID id, Instant recordedAt, Actor actor, Instant occurredAt, String action, String recordType,
		String recordId, String summary, @Nullable String agencyCode) implements AuditableEvent {

	/** Instants cut to microseconds, as the chain keeps them: a database would round the rest. */
	static PendingEntry of(AuditableEvent event, Instant recordedAt) {
		return new PendingEntry(TimeOrderedIds.next(), recordedAt.truncatedTo(ChronoUnit.MICROS), event.actor(),
				event.occurredAt().truncatedTo(ChronoUnit.MICROS), event.action(), event.recordType(), event.recordId(),
				event.summary(), event.agencyCode());
	}
}
