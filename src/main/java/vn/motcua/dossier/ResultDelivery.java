package vn.motcua.dossier;

/** Where the applicant wants the result: at the one-stop desk, by post, or online. */
public enum ResultDelivery {
	AT_DESK,
	BY_POST,
	ONLINE
}
