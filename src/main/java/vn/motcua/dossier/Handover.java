package vn.motcua.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One hand-over of a dossier between steps (a row of the tracking slip, Mẫu 05): when, from which
 * step to which, who gave it, whether it went forward or back, and the comment that came with it.
 *
 * @param toStep null when the last step finished
 */
@Table("dossier_handover")
public record Handover(Instant handedAt, int fromStep, @Nullable Integer toStep, String givenBy, boolean forward,
		@Nullable String comment) {
}
