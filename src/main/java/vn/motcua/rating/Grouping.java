package vn.motcua.rating;

/** What satisfaction statistics are counted per. A rating counts once for each officer and unit it names. */
public enum Grouping {
	AGENCY,
	OFFICER,
	UNIT,
	PROCEDURE,
	SECTOR,
	MONTH,
	QUARTER
}
