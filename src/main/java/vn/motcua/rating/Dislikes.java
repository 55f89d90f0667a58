package vn.motcua.rating;

import java.util.Set;

/**
 * The dislikes (ratings at a dissatisfied level) an agency received in a period, for the service
 * index's 5.4, which counts dossiers: an applicant's online ratings name their dossier, so that a
 * dossier also named by a petition counts once; a counter kiosk's rating names none and counts alone.
 *
 * @param dossierCodes the dossiers rated at a dissatisfied level
 * @param withoutDossier dissatisfied ratings that name no dossier
 */
public record Dislikes(Set<String> dossierCodes, long withoutDossier) {

	public Dislikes {
		dossierCodes = Set.copyOf(dossierCodes);
	}
}
