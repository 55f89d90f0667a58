package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.shared.Actor;

/**
 * The steps of a dossier not yet done at a unit that was merged or split moved to the successor that
 * took the unit's open work (decision 0036); the steps already done keep naming the unit they were
 * done in.
 */
public record DossierStepsMoved(Actor actor, Instant occurredAt, UUID dossierId, String code, String agencyCode, int steps,
		String reason) implements AuditedDossierChange {

	@Override
	public String action() {
		return "dossier.steps.moved";
	}

	@Override
	public String summary() {
		return steps + " step(s) of dossier " + code + " moved to the successor unit (" + reason + ")";
	}
}
