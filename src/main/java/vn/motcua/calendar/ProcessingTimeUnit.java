package vn.motcua.calendar;

/** The unit of a processing time (thời hạn giải quyết). */
public enum ProcessingTimeUnit {

	/** Working days (ngày làm việc), the default; a fraction is counted at 8 working hours a day. */
	WORKING_DAYS,

	/** Working hours (giờ làm việc). */
	WORKING_HOURS,

	/** Calendar days (ngày); a result on a day off moves to the next working day. */
	CALENDAR_DAYS
}
