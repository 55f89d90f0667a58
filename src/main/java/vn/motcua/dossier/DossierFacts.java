package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.identity.Role;

/**
 * What the reports need to know about one dossier as it stands now, without personal data: the
 * reporting module pulls it whenever a dossier event arrives and keeps it in its own read model.
 *
 * @param version the aggregate's version, so that a late listener never overwrites newer facts
 * @param dueAt the appointment (moved by pauses), the due time of legal-rules §2.4
 * @param endedAt when handling ended (processed, returned, stopped or withdrawn), null while open
 * @param timeliness how it kept its deadline once ended
 * @param pausedSince when the clock stopped, while it waits for documents or a payment after receipt
 * @param supplementRequests requests for documents after receipt (more than one counts as late)
 * @param refused processing ended with a refusal (its written refusal is the result)
 * @param electronicResult its result was signed and issued as an electronic document
 * @param digitizedComponents at least one of its documents is held as a file (uploaded or scanned)
 */
public record DossierFacts(UUID id, long version, String code, String agencyCode, String procedureCode,
		UUID procedureVersionId, String procedureName, Channel channel, DossierStatus status, Instant submittedAt,
		@Nullable Instant receivedAt, @Nullable LocalDateTime dueAt, @Nullable Instant endedAt,
		@Nullable Timeliness timeliness, @Nullable Instant pausedSince, long supplementRequests, boolean refused,
		@Nullable Role stepRole, @Nullable UUID stepUnitId, @Nullable UUID stepHolderAccountId,
		@Nullable LocalDateTime stepDueAt, @Nullable String heldByAgency, boolean electronicResult,
		boolean digitizedComponents) {
}
