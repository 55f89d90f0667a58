package vn.motcua.rating;

/** Where a rating was given: online by the applicant on their dossier, or at the counter kiosk. */
public enum RatingSource {
	ONLINE,
	KIOSK
}
