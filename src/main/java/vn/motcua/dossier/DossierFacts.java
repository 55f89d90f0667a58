package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.calendar.Timeliness;
import vn.motcua.catalog.Channel;
import vn.motcua.identity.Role;

/**
 * What the reports need to know about one dossier as it stands now, without personal data: each save
 * of a dossier publishes them ({@link DossierSaved}), and the reporting module keeps them in its own
 * read model.
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

	/** The dossier's facts as it stands (legal-rules §2.4 for its end). */
	static DossierFacts of(Dossier dossier) {
		DossierStatus status = dossier.status();
		Instant endedAt = switch (status) {
			case PROCESSED, RETURNED -> dossier.lastEntered(DossierStatus.PROCESSED)
				.or(() -> dossier.lastEntered(DossierStatus.RETURNED)).orElse(null);
			case STOPPED, WITHDRAWN -> dossier.lastEntered(status).orElse(null);
			default -> null;
		};
		Instant pausedSince = dossier.receivedAt() != null
				&& (status == DossierStatus.SUPPLEMENT_REQUESTED || status == DossierStatus.PAYMENT_REQUESTED)
						? dossier.lastEntered(status).orElse(null) : null;
		DossierStep step = dossier.currentStep();
		return new DossierFacts(dossier.id(), dossier.version() == null ? 0 : dossier.version(), dossier.code(),
				dossier.agencyCode(), dossier.procedure().code(), dossier.procedure().versionId(),
				dossier.procedure().name(), dossier.channel(), status, dossier.submittedAt(), dossier.receivedAt(),
				dossier.appointmentAt(), endedAt, endedAt == null ? null : dossier.timeliness(), pausedSince,
				dossier.supplementRequestsDuringProcessing(), dossier.refusalReason() != null,
				step == null ? null : step.role(), step == null ? null : step.unitId(),
				step == null ? null : step.holderAccountId(), step == null ? null : step.dueAt(),
				dossier.heldByAgency(), dossier.resultSha256() != null,
				dossier.documents().stream().anyMatch(DossierDocument::hasFile));
	}
}
