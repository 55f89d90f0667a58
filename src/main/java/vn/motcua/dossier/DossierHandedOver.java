package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.Role;
import vn.motcua.shared.Actor;

/** A dossier went from one step of its internal process to another (forward or back). */
public record DossierHandedOver(Actor actor, Instant occurredAt, UUID dossierId, String code, String agencyCode,
		int fromStep, int toStep, Role toRole, boolean forward, @Nullable String comment) implements AuditedDossierChange {

	@Override
	public String action() {
		return forward ? "dossier.forwarded" : "dossier.sent-back";
	}

	@Override
	public String summary() {
		return "Dossier " + code + (forward ? " forwarded" : " sent back") + " from step " + (fromStep + 1)
				+ " to step " + (toStep + 1) + " (" + toRole + ")";
	}
}
