package vn.motcua.calendar;

/** Why a day is a holiday. */
public enum HolidayKind {

	/** A holiday of the Labour Code (Art. 112), on a weekend too. */
	STATUTORY,

	/** The day off that a statutory holiday falling on a Saturday or Sunday gives (Art. 111.3). */
	COMPENSATORY,

	/** A day off set by an administrator's override. */
	OVERRIDE
}
