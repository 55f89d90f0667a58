package vn.motcua.rating;

import org.jspecify.annotations.Nullable;

/**
 * An applicant's returned dossier as the rating page shows it: whether the agency asks for the nine
 * indicators, the rating given so far (if any) and whether it may still be given or changed.
 */
public record ApplicantRating(String dossierCode, String procedureName, boolean asksIndicators,
		@Nullable Rating rating, boolean changeable) {
}
