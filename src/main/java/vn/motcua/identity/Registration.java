package vn.motcua.identity;

/** What an applicant gives to open an account (already checked for form by the caller). */
public record Registration(AccountKind kind, String fullName, String idNumber, String phone, String email,
		String password) {
}
