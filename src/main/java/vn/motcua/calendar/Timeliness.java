package vn.motcua.calendar;

/** How a finished case kept its deadline: trước hạn, đúng hạn, quá hạn. */
public enum Timeliness {

	/** Finished on a day before the due day. */
	EARLY,

	/** Finished on the due day, not after the due time. */
	ON_TIME,

	/** Finished after the due time. */
	LATE
}
