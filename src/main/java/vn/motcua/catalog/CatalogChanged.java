package vn.motcua.catalog;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/**
 * A sector, a draft or a version of the catalogue was created, changed or announced; a version's change
 * carries its procedure's agency, whose People's Inspection Board reads it (decision 0051), the sectors and
 * an import of the whole catalogue none.
 */
public record CatalogChanged(Actor actor, Instant occurredAt, String action, String recordType, String recordId,
		String summary, @Nullable String agencyCode) implements AuditableEvent {
}
