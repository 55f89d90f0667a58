package vn.motcua.organization;

/** What a unit of an agency is: its office, a specialist unit, a sub-department, a team. */
public enum UnitKind {
	/** Văn phòng */
	OFFICE,
	/** Phòng chuyên môn, nghiệp vụ */
	SPECIALIST_UNIT,
	/** Chi cục */
	SUB_DEPARTMENT,
	/** Đội */
	TEAM,
	/** Trung tâm, đơn vị sự nghiệp */
	CENTER
}
