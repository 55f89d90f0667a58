package vn.motcua.identity;

/**
 * Who chose an account's password. One chosen by someone else (an administrator, who created the account
 * or gave it a new password) is known to them: its holder must choose their own at their next sign-in, and
 * reaches nothing else until they have (decision 0044); it is a temporary one, which stops working a while
 * after it was chosen ({@link TemporaryPassword}, decision 0053).
 */
public enum PasswordChosenBy {
	HOLDER,
	SOMEONE_ELSE
}
