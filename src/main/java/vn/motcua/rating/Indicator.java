package vn.motcua.rating;

/**
 * The nine indicators of the satisfaction evaluation of dossier handling (Decree 61/2018, Chapter V;
 * legal-rules §6), each scored 2 (good), 1 (acceptable) or 0 (not acceptable): 18 points in all.
 */
public enum Indicator {
	/** Total processing time against the legal deadline. */
	TOTAL_TIME,
	/** Time taken by each agency, co-agencies included. */
	TIME_PER_AGENCY,
	/** Contacts with the receiving point needed to complete the dossier, online contacts included. */
	CONTACTS_TO_COMPLETE,
	/** Number of agencies contacted. */
	AGENCIES_CONTACTED,
	/** Receiving, processing and returning at the one-stop desk. */
	ONE_STOP_DESK,
	/** Publication of procedures. */
	PUBLICATION,
	/** Officials' attitude. */
	ATTITUDE,
	/** Handling of petitions. */
	PETITION_HANDLING,
	/** Progress and quality of the online service. */
	ONLINE_SERVICE;

	public static final int MAX_SCORE = 2;
}
