package vn.motcua.dossier;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.document.IssuedDocuments;

/**
 * The signed results issued under dossier codes, for the public verification: a result counts as
 * issued once it can be handed over (processed) or was returned, as it does for its download.
 */
@Component
class IssuedResults implements IssuedDocuments {

	private final DossierRepository dossiers;
	private final TypedDossierCodes typedCodes;

	IssuedResults(DossierRepository dossiers, TypedDossierCodes typedCodes) {
		this.dossiers = dossiers;
		this.typedCodes = typedCodes;
	}

	/** The reference is a dossier code in any letter case (decision 0046); anything else was not issued here. */
	@Override
	@Transactional(readOnly = true)
	public Optional<String> issuedSha256(String reference) {
		String code;
		try {
			code = typedCodes.asKept(reference);
		}
		catch (IllegalArgumentException notADossierCode) {
			return Optional.empty();
		}
		return dossiers.findByCode(code)
			.filter(dossier -> dossier.status() == DossierStatus.PROCESSED || dossier.status() == DossierStatus.RETURNED)
			.map(Dossier::resultSha256);
	}
}
