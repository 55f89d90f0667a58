package vn.motcua.identity;

/** The roles of the glossary. Officer roles are granted for one agency; applicants hold APPLICANT. */
public enum Role {
	APPLICANT,
	RECEPTION_OFFICER,
	SPECIALIST,
	UNIT_HEAD,
	AGENCY_LEADER,
	RECORDS_OFFICER,
	PEOPLES_INSPECTOR,
	ADMINISTRATOR;

	public boolean isOfficerRole() {
		return this != APPLICANT;
	}

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
