package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

import vn.motcua.shared.VietnamTime;

/** One step of a dossier's history: the status it moved to, when, by whom, and why. */
@Table("dossier_status_change")
public record StatusChange(DossierStatus status, Instant changedAt, String actor, @Nullable String note) {

	/** When the change happened, in Vietnam's local time, as pages print it. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(changedAt, VietnamTime.ZONE);
	}
}
