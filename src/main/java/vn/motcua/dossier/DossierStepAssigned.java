package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.Actor;

/**
 * The current step of a dossier was given to another officer (named), or back to every holder of its
 * role ({@code holderName} null), by the head overseeing it; or back to its unit with a reason, when
 * the administrator disabled the account of the officer it was assigned to.
 */
public record DossierStepAssigned(Actor actor, Instant occurredAt, UUID dossierId, String code, String agencyCode,
		String stepName, @Nullable String holderName, @Nullable String reason) implements AuditedDossierChange {

	@Override
	public String action() {
		return "dossier.step.assigned";
	}

	@Override
	public String summary() {
		String change = holderName == null
				? "Step \"" + stepName + "\" of dossier " + code + " opened to every holder of its role"
				: "Step \"" + stepName + "\" of dossier " + code + " assigned to " + holderName;
		return reason == null ? change : change + " (" + reason + ")";
	}
}
