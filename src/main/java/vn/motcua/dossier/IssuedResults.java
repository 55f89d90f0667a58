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

	IssuedResults(DossierRepository dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> issuedSha256(String reference) {
		return dossiers.findByCode(reference)
			.filter(dossier -> dossier.status() == DossierStatus.PROCESSED || dossier.status() == DossierStatus.RETURNED)
			.map(Dossier::resultSha256);
	}
}
