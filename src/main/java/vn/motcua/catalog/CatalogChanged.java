package vn.motcua.catalog;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** A sector, a draft or a version of the catalogue was created, changed or announced. */
public record CatalogChanged(Actor actor, Instant occurredAt, String action, String recordType, String recordId,
		String summary) implements AuditableEvent {
}
