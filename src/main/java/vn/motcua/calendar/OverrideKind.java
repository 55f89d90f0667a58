package vn.motcua.calendar;

/** What an override makes of a day. */
public enum OverrideKind {

	/** A day off, such as a bridge day set by the yearly notice. */
	DAY_OFF,

	/** A working day, such as a Saturday worked in exchange for a bridge day (ngày làm bù). */
	WORKING_DAY;

	boolean working() {
		return this == WORKING_DAY;
	}
}
