package vn.motcua.dossier;

import vn.motcua.shared.AuditableEvent;

/** A change to a dossier that the audit trail records under the dossier's code. */
public interface AuditedDossierChange extends AuditableEvent {

	/** The dossier's code. */
	String code();

	/** The code of the agency that received the dossier, whose board reads its entries. */
	@Override
	String agencyCode();

	@Override
	default String recordType() {
		return "Dossier";
	}

	@Override
	default String recordId() {
		return code();
	}
}
