package vn.motcua.dossier;

import java.util.UUID;

/**
 * An officer who could hold a dossier's current step: whether their account may sign in now, and
 * whether the step is assigned to them.
 */
public record StepHolder(UUID accountId, String username, String fullName, boolean active,
		boolean current) {
}
