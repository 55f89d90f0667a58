package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

/** A draft as the applicant's list shows it: read with the others in one query, without its files. */
public record DraftSummary(UUID id, String procedureCode, Instant updatedAt) {
}
