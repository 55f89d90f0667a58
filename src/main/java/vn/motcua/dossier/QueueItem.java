package vn.motcua.dossier;

import java.time.LocalDateTime;

/**
 * A dossier waiting at a step an officer may act on, with how its due time stands: on track, due
 * soon (within the configured working hours), or overdue.
 */
public record QueueItem(String code, String procedureName, String applicantName, DossierStatus status,
		String stepName, LocalDateTime dueAt, Urgency urgency) {

	/** How close a step is to its due time; shown with words and colour, never colour alone. */
	public enum Urgency {
		ON_TRACK,
		DUE_SOON,
		OVERDUE
	}
}
