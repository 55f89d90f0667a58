package vn.motcua.dossier;

/**
 * An officer who could hold a dossier's current step: whether their account may sign in now, and
 * whether the step is assigned to them.
 */
public record StepHolder(String username, String fullName, boolean active, boolean current) {
}
