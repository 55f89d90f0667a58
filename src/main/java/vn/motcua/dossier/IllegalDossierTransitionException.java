package vn.motcua.dossier;

import vn.motcua.shared.InvalidRequestException;

/** An action that the dossier's current status does not allow. */
public class IllegalDossierTransitionException extends InvalidRequestException {

	IllegalDossierTransitionException(String code, DossierStatus status) {
		super("dossier.transition.not-allowed", code, status.name());
	}
}
