package vn.motcua.consultation;

/**
 * Where a consultation stands. Whether an opened one takes comments is a matter of its dates
 * ({@link ConsultationPeriod}), not of its status, so that it closes at midnight without a job.
 */
public enum ConsultationStatus {
	/** Editable, seen only inside the agency. */
	PREPARING,
	/** Published for its audience. */
	OPEN,
	/** The synthesis of comments and how each was taken up is published. */
	SYNTHESIS_PUBLISHED
}
