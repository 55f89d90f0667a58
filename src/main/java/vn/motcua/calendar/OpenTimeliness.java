package vn.motcua.calendar;

/** Where an open case stands at a cut-off instant: trong hạn, quá hạn. */
public enum OpenTimeliness {

	/** The due time is not before the cut-off. */
	WITHIN_DEADLINE,

	/** The due time has passed at the cut-off. */
	OVERDUE
}
