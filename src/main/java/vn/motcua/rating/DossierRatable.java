package vn.motcua.rating;

import java.time.Instant;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AuditableEvent;

/** A returned dossier became ratable by its applicant, linked to its procedure, sector and officers. */
public record DossierRatable(Actor actor, Instant occurredAt, String dossierCode, String agencyCode,
		String procedureCode, int officers) implements AuditableEvent {

	@Override
	public String action() {
		return "rating.ratable";
	}

	@Override
	public String recordType() {
		return "Dossier";
	}

	@Override
	public String recordId() {
		return dossierCode;
	}

	@Override
	public String summary() {
		return "Dossier " + dossierCode + " (" + procedureCode + ") may be rated; " + officers + " officer(s) handled it";
	}
}
