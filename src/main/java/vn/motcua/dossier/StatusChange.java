package vn.motcua.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a dossier's history: the status it moved to, when, by whom, and why. */
@Table("dossier_status_change")
public record StatusChange(DossierStatus status, Instant changedAt, String actor, @Nullable String note) {
}
