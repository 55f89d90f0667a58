package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * The agency apologised that the dossier will be late and set a new date (Mẫu 04). Published beside
 * the {@link DossierStatusChanged} that the audit trail records, for listeners that tell the
 * applicant (notification).
 */
public record DossierApologized(Instant occurredAt, UUID dossierId, String code, String reason,
		LocalDateTime newAppointmentAt) {
}
