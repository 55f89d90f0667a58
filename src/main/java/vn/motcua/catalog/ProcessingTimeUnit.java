package vn.motcua.catalog;

/** The unit of a processing time, as the announcing decision states it. */
public enum ProcessingTimeUnit {
	WORKING_DAYS,
	WORKING_HOURS,
	CALENDAR_DAYS
}
