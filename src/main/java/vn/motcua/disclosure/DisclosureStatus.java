package vn.motcua.disclosure;

/**
 * Where a publication stands. Whether a published one is still posted is a matter of its dates
 * ({@link PostingPeriod}), not of its status, so that it moves to the archive without a job.
 */
public enum DisclosureStatus {
	/** Being prepared: seen only by the agency's officers who prepare and by the inspection board. */
	DRAFT,
	/** Published for its audience; never edited again. */
	PUBLISHED,
	/** Corrected by a later publication, which it links to; still readable, marked so. */
	REPLACED,
	/** Taken back with a reason: gone from the public, still seen by the agency's officers. */
	WITHDRAWN
}
