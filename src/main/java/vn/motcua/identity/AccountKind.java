package vn.motcua.identity;

/** Who holds an account: an applicant (citizen, organisation, business) or an officer. */
public enum AccountKind {
	CITIZEN,
	ORGANIZATION,
	BUSINESS,
	OFFICER;

	public boolean isApplicant() {
		return this != OFFICER;
	}
}
