package vn.motcua.dossier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A step close to its due time, with the accounts of the officers who hold it: the one it was
 * assigned to, or else every officer of the step's role in the dossier's agency (and unit, where
 * the step names one).
 *
 * @param position the step's position in the dossier's process, which with the due time tells one
 *        warning from another
 */
public record StepDue(String code, String procedureName, String stepName, int position, LocalDateTime dueAt,
		List<UUID> holders) {

	public StepDue {
		holders = List.copyOf(holders);
	}
}
